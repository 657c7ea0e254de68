package org.homeward.voice.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.voice.entity.InformationGiven;
import org.homeward.voice.entity.Supporter;

/**
 * The supporters a person chose and the information they were given, kept by whoever may see the
 * person's record (their focal point, the committee, administrators).
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class PersonsVoice {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  @Inject ResidentAccess access;
  @Inject Validator validator;

  @RecordsRead(AuditAction.SEARCH)
  public List<Supporter> supporters(long residentId) {
    access.require(residentId);
    return em.createQuery("select s from Supporter s where s.resident.id = :id order by s.chosenOn, s.id", Supporter.class)
        .setParameter("id", residentId).getResultList();
  }

  public Supporter addSupporter(long residentId, Supporter draft) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors());
    draft.attachTo(resident);
    em.persist(draft);
    return draft;
  }

  public Supporter updateSupporter(long residentId, long supporterId, Supporter edited) {
    Supporter supporter = supporters(residentId).stream().filter(s -> s.getId() == supporterId).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("Supporter", supporterId));
    StaleRecordException.requireVersion(supporter.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors());
    supporter.updateFrom(edited);
    return supporter;
  }

  /** Latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<InformationGiven> information(long residentId) {
    access.require(residentId);
    return em.createQuery("select i from InformationGiven i where i.resident.id = :id order by i.givenOn desc, i.id desc",
            InformationGiven.class)
        .setParameter("id", residentId).getResultList();
  }

  public InformationGiven recordInformation(long residentId, InformationGiven draft) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors());
    draft.attachTo(resident);
    em.persist(draft);
    return draft;
  }
}

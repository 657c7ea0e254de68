package org.homeward.plan.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.plan.control.PlanRepository;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * The consultation events of a closure's communication strategy: staff meetings, community discussions in the places people will move to, briefings. Everyone signed in reads those of the institutions in their scope; administrators and the institution's committee record them.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FOCAL_POINT, Role.FINANCE})
public class Consultations {

  @Inject PlanRepository repository;
  @Inject InstitutionRepository institutions;
  @Inject Validator validator;

  @RecordsRead(AuditAction.SEARCH)
  public List<ConsultationEvent> list(@InScope long institutionId) {
    return repository.consultations(institutionId);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public ConsultationEvent add(@InScope long institutionId, ConsultationEvent draft) {
    var institution = institutions.find(institutionId).orElseThrow(() -> new RecordNotFoundException("Institution", institutionId));
    InvalidInputException.throwIfAny(validator.validate(draft));
    draft.attachTo(institution);
    return repository.add(draft);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public ConsultationEvent update(@InScope long institutionId, long id, ConsultationEvent edited) {
    ConsultationEvent stored = load(institutionId, id);
    StaleRecordException.requireVersion(stored.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited));
    stored.updateFrom(edited);
    return stored;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public void remove(@InScope long institutionId, long id) {
    repository.remove(load(institutionId, id));
  }

  private ConsultationEvent load(long institutionId, long id) {
    return repository.consultation(institutionId, id).orElseThrow(() -> new RecordNotFoundException("ConsultationEvent", id));
  }
}

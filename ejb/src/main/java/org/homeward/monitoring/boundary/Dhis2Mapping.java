package org.homeward.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.monitoring.entity.Dhis2DataElement;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/** Which DHIS2 data element receives each indicator's numerator and denominator. Administrators set it; the ministry reads it. */
@Stateless
@Secured
@Audited
@Permit(Role.ADMIN)
public class Dhis2Mapping {

  @PersistenceContext(unitName = "homeward")
  EntityManager em;

  @Inject Validator validator;

  @Permit({Role.ADMIN, Role.MINISTRY})
  public List<Dhis2DataElement> elements() {
    return em.createQuery("select d from Dhis2DataElement d order by d.id", Dhis2DataElement.class).getResultList();
  }

  /** Changes the codes of one data element (a blank category option combination: none); refused when the edit was made on an older version. */
  public Dhis2DataElement update(long id, long version, String dataElement, String categoryOptionCombo) {
    Dhis2DataElement stored = em.find(Dhis2DataElement.class, id);
    if (stored == null) {
      throw new RecordNotFoundException("Dhis2DataElement", id);
    }
    StaleRecordException.requireVersion(stored.getVersion(), version);
    em.detach(stored);
    stored.setDataElement(dataElement == null ? null : dataElement.strip());
    stored.setCategoryOptionCombo(categoryOptionCombo == null || categoryOptionCombo.isBlank() ? null : categoryOptionCombo.strip());
    InvalidInputException.throwIfAny(validator.validate(stored));
    return em.merge(stored);
  }
}

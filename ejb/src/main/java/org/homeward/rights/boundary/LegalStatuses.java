package org.homeward.rights.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.InvalidInputException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.control.RightsRepository;
import org.homeward.rights.entity.LegalStatusChange;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Each resident's voluntary or involuntary status, as history (WHO guidance, Box 4: involuntary
 * admissions). Whoever may read the person's record keeps it; a new status adds to the history.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class LegalStatuses {

  @Inject RightsRepository repository;
  @Inject ResidentAccess access;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  /** Oldest first; the last is the status now. */
  @RecordsRead(AuditAction.READ)
  public List<LegalStatusChange> history(long residentId) {
    access.require(residentId);
    return repository.legalStatuses(residentId);
  }

  public LegalStatusChange record(long residentId, LegalStatusChange draft) {
    Resident person = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors());
    draft.recordFor(person, caller.name(), clock.instant());
    return repository.add(draft);
  }
}

package org.homeward.followup.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.followup.control.FollowUpRepository;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.problem.InvalidInputException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/** Follow-up visits after the move, kept by whoever may see the person's record. */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class FollowUps {

  @Inject FollowUpRepository repository;
  @Inject ResidentAccess access;
  @Inject Validator validator;

  /** Latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<FollowUpVisit> visits(long residentId) {
    access.require(residentId);
    return repository.visits(residentId);
  }

  /** Records a visit; it must come after the person's move. */
  public FollowUpVisit record(long residentId, FollowUpVisit draft) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors(resident.movedOn().orElse(null)));
    draft.attachTo(resident);
    return repository.add(draft);
  }
}

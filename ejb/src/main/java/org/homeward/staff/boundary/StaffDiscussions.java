package org.homeward.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.InvalidInputException;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.staff.control.StaffAccess;
import org.homeward.staff.control.StaffRepository;
import org.homeward.staff.entity.StaffDiscussion;
import org.homeward.staff.entity.StaffMember;

/**
 * Discussions held with a staff member to bring them on board and address their concerns (WHO
 * guidance, strategy 2.4.1: job insecurity is a key reason staff resist deinstitutionalization).
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE})
public class StaffDiscussions {

  @Inject StaffRepository repository;
  @Inject StaffAccess access;
  @Inject Validator validator;

  /** Latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<StaffDiscussion> discussions(long staffId) {
    access.require(staffId);
    return repository.discussions(staffId);
  }

  public StaffDiscussion record(long staffId, StaffDiscussion draft) {
    StaffMember member = access.require(staffId);
    InvalidInputException.throwIfAny(validator.validate(draft));
    draft.attachTo(member);
    return repository.add(draft);
  }
}

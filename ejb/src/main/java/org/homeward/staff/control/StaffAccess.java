package org.homeward.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.staff.entity.StaffMember;

/** Who may see one staff member's record: whoever's role keeps rosters and whose scope holds the person's institution. */
@Dependent
public class StaffAccess {

  @Inject StaffRepository repository;
  @Inject CurrentCaller caller;

  /** The record, if the caller may see it; otherwise a denial the access guard audits. */
  public StaffMember require(long staffId) {
    StaffMember member = repository.member(staffId).orElseThrow(() -> new RecordNotFoundException("StaffMember", staffId));
    if (!caller.require().mayAccessInstitution(member.getInstitution().getId())) {
      throw new AccessDeniedException("StaffMember", staffId);
    }
    return member;
  }
}

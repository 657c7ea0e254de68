package org.homeward.resident.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * Who may see one person's record: administrators everyone, a committee member the residents of
 * their institutions, a focal point the people they accompany. No one else, the ministry included.
 */
@Dependent
public class ResidentAccess {

  @Inject ResidentRepository repository;
  @Inject CurrentCaller caller;

  /** The record, if the caller may see it; otherwise a denial the access guard audits. */
  public Resident require(long residentId) {
    Resident resident = repository.find(residentId).orElseThrow(() -> new RecordNotFoundException("Resident", residentId));
    UserAccount account = caller.require();
    boolean allowed = account.hasRole(Role.ADMIN)
        || (account.hasRole(Role.COMMITTEE) && account.mayAccessInstitution(resident.getInstitution().getId()))
        || (account.hasRole(Role.FOCAL_POINT) && resident.accompaniedBy(account));
    if (!allowed) {
      throw new AccessDeniedException("Resident", residentId);
    }
    return resident;
  }
}

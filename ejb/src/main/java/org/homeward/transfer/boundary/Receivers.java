package org.homeward.transfer.boundary;

import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/** Who may be given a person's case: an enabled focal point worker whose scope includes the person's institution. */
final class Receivers {

  private Receivers() {}

  static boolean mayAccompanyAt(UserAccount worker, long institutionId) {
    return worker != null && worker.isEnabled() && worker.hasRole(Role.FOCAL_POINT) && worker.getInstitutionIds().contains(institutionId);
  }
}

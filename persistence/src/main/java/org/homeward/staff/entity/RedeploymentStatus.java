package org.homeward.staff.entity;

/** Where a staff member is on the way from the institution into community services, or out of it. */
public enum RedeploymentStatus {
  NOT_STARTED, IN_TRAINING, APPLIED, REDEPLOYED, RETIRED, LEFT;

  /** Retired or left: recorded by hand, never derived. */
  public boolean gone() {
    return this == RETIRED || this == LEFT;
  }
}

package org.homeward.staff.entity;

/** What moved a staff member's redeployment status. */
public enum StatusCause {
  ADDED, TRAINING, APPLICATION, DECISION, EXIT, RETURN
}

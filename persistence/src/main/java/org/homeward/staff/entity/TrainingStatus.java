package org.homeward.staff.entity;

/** Where a staff member is with one course. */
public enum TrainingStatus {
  NEEDED, PLANNED, COMPLETED
}

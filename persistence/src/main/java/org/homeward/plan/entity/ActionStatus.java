package org.homeward.plan.entity;

public enum ActionStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  /** Whether work is still to be done. */
  public boolean open() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}

package org.homeward.institution.entity;

/**
 * Where an institution stands on its way to closure. It only ever moves forward: a closure that
 * stalls stays in {@link #DOWNSIZING}; it is never recorded as operating again.
 */
public enum InstitutionStatus {
  OPERATING,
  DOWNSIZING,
  CLOSED,
  REPURPOSED;

  /** Whether an institution in this status may be put into {@code next}. */
  public boolean mayBecome(InstitutionStatus next) {
    return next.ordinal() >= ordinal();
  }
}

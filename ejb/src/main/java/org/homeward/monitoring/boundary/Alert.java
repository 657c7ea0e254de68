package org.homeward.monitoring.boundary;

import java.io.Serializable;







/**
 * Something on the dashboard that needs attention, with where to act: an institution's closure plan,
 * or a region to drill into. Alerts name places, never people, and carry no count of people.
 *
 * @param count milestones overdue or at risk; null for an alert about people
 */
public record Alert(Kind kind, Area where, Long count) implements Serializable {

  /** What needs attention. */
  public enum Kind {
    /** A closure plan has milestones past their date and not achieved. */
    MILESTONES_OVERDUE,
    /** A closure plan has milestones that will slip unless something changes. */
    MILESTONES_AT_RISK,
    /** People with complex support needs make up more of those still inside than of everyone: they are being left behind. */
    COMPLEX_NEEDS_LEFT_BEHIND,
    /** More people are still inside than the closure plan's milestones mean to leave by now (by more than a tenth of everyone it moves). */
    REMAINING_ABOVE_PLAN,
    /** People who moved are waiting for a follow-up visit past its date. */
    FOLLOW_UPS_OVERDUE,
    /** The institution's own costs this fiscal year exceed its budget for them: the double funding runs above plan. */
    SPEND_ABOVE_BUDGET;

    /** Whether the place to act is the institution's budget rather than its closure plan. */
    public boolean aboutBudget() {
      return this == SPEND_ABOVE_BUDGET;
    }
  }
}

package org.homeward.agenda.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something due in a person's case by a date.
 *
 * @param detail what it is about in the worker's words where the kind alone does not say (a step's text), else null
 */
public record DueItem(Kind kind, LocalDate dueOn, String detail) implements Serializable {

  public enum Kind {
    NEEDS_ASSESSMENT,
    SUPPORT_PLAN_REVIEW,
    ACTION_STEP,
    FOLLOW_UP_VISIT,
    QUALITY_OF_LIFE_CHECK
  }

  public boolean overdueOn(LocalDate today) {
    return dueOn.isBefore(today);
  }
}

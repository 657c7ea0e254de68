package org.homeward.qol.control;

import java.time.LocalDate;
import org.homeward.qol.entity.Timepoint;

/** The quality-of-life check to ask next, and the day it falls due. */
public record NextCheck(Timepoint timepoint, LocalDate dueOn) {

  public boolean overdueOn(LocalDate today) {
    return dueOn.isBefore(today);
  }
}

package org.homeward.qol.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.homeward.qol.entity.Timepoint;

/** The quality-of-life check to ask next, and the day it falls due. */
public record NextCheck(Timepoint timepoint, LocalDate dueOn) implements Serializable {

  public boolean overdueOn(LocalDate today) {
    return dueOn.isBefore(today);
  }
}

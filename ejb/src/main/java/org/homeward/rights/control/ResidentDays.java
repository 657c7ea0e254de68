package org.homeward.rights.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days people lived in an institution, from their status history: the denominator of every rate
 * per 1,000 resident-days. A person counts from the day they were admitted (or readmitted) up to, not
 * including, the day they moved out, died or moved elsewhere, as hospitals count patient days.
 */
public final class ResidentDays {

  /** One step of a person's history: from {@code on}, living in the institution or not. */
  public record Step(LocalDate on, boolean inInstitution) {}

  /** A stretch of days in the institution, {@code until} exclusive; {@code null} while the person still lives there. */
  public record Stay(LocalDate from, LocalDate until) {

    /** The days of this stay in {@code month}, counting no day after {@code today}. */
    public long daysIn(YearMonth month, LocalDate today) {
      LocalDate start = from.isAfter(month.atDay(1)) ? from : month.atDay(1);
      LocalDate end = month.atEndOfMonth().plusDays(1);
      if (until != null && until.isBefore(end)) {
        end = until;
      }
      if (today.plusDays(1).isBefore(end)) {
        end = today.plusDays(1);
      }
      return end.isAfter(start) ? end.toEpochDay() - start.toEpochDay() : 0;
    }
  }

  private ResidentDays() {}

  /** The stays of one person, from their history in the order it happened. */
  public static List<Stay> stays(List<Step> history) {
    List<Stay> stays = new ArrayList<>();
    LocalDate since = null;
    for (Step step : history) {
      if (step.inInstitution() && since == null) {
        since = step.on();
      } else if (!step.inInstitution() && since != null) {
        stays.add(new Stay(since, step.on()));
        since = null;
      }
    }
    if (since != null) {
      stays.add(new Stay(since, null));
    }
    return stays;
  }

  /** The resident-days of every stay in {@code month}, up to {@code today}. */
  public static long in(List<Stay> stays, YearMonth month, LocalDate today) {
    return stays.stream().mapToLong(s -> s.daysIn(month, today)).sum();
  }
}

package org.homeward.monitoring.boundary;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * People still inside the institutions shown, month by month, against what their closure plans
 * mean to leave inside. Counts are rounded to the nearest five so that month-to-month differences
 * do not give away how many people moved in a month; a count from 1 to the threshold is not shown.
 *
 * @param actual people inside at each month's end (rounded; null in the future or where small)
 * @param planned people the plans mean to leave inside at each month's end (rounded); null where no plan dates moves
 */
public record BurnDown(List<YearMonth> months, List<Long> actual, List<Long> planned) implements Serializable {

  public static final int ROUND_TO = 5;

  /** The nearest multiple of five; a small count (1 to the threshold) is not shown. */
  static Long rounded(long count, int threshold) {
    if (count >= 1 && count <= threshold) {
      return null;
    }
    return Math.round(count / (double) ROUND_TO) * ROUND_TO;
  }
}

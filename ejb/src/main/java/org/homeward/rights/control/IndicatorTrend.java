package org.homeward.rights.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An indicator month by month around the date of a closure plan's action, and whether it moved the
 * right way: the mean of the months from the action's month on against the mean of the months before.
 */
public final class IndicatorTrend {

  /** Months shown before the action's month, and at most as many from it on. */
  public static final int MONTHS_EACH_SIDE = 6;

  /** Whether the indicator moved the right way after the action's date. */
  public enum Direction {
    BETTER, WORSE, UNCHANGED,
    /** No month with a value before, or none from the action's month on (the date lies ahead). */
    TOO_EARLY
  }

  /** One month's value ({@code null} when there is none, e.g. no assessment yet); {@code after} from the action's month on. */
  public record Point(YearMonth month, BigDecimal value, boolean after) implements Serializable {}

  private IndicatorTrend() {}

  /** The months shown around {@code on}: six before its month, its month and up to five after, none after {@code today}'s. */
  public static List<YearMonth> months(LocalDate on, LocalDate today) {
    YearMonth pivot = YearMonth.from(on);
    YearMonth last = pivot.plusMonths(MONTHS_EACH_SIDE - 1L);
    YearMonth now = YearMonth.from(today);
    if (last.isAfter(now)) {
      last = now;
    }
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = pivot.minusMonths(MONTHS_EACH_SIDE); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The mean of the values before ({@code after} false) or from the action's month on; {@code null} when none. */
  public static BigDecimal mean(List<Point> points, boolean after) {
    List<BigDecimal> values = points.stream().filter(p -> p.after() == after).map(Point::value).filter(Objects::nonNull).toList();
    if (values.isEmpty()) {
      return null;
    }
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }

  /** Better when the mean fell after the action (rose, for an indicator that {@code shouldRise}). */
  public static Direction direction(List<Point> points, boolean shouldRise) {
    BigDecimal before = mean(points, false);
    BigDecimal after = mean(points, true);
    if (before == null || after == null) {
      return Direction.TOO_EARLY;
    }
    int change = after.compareTo(before);
    if (change == 0) {
      return Direction.UNCHANGED;
    }
    return (change < 0) != shouldRise ? Direction.BETTER : Direction.WORSE;
  }
}

package org.homeward.rights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.homeward.rights.control.IndicatorTrend.Direction;
import org.homeward.rights.control.IndicatorTrend.Point;
import org.junit.jupiter.api.Test;

class IndicatorTrendTest {

  private static List<Point> points(YearMonth pivot, Integer... values) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      YearMonth month = pivot.minusMonths(IndicatorTrend.MONTHS_EACH_SIDE).plusMonths(i);
      points.add(new Point(month, values[i] == null ? null : BigDecimal.valueOf(values[i]), !month.isBefore(pivot)));
    }
    return points;
  }

  @Test
  void sixMonthsBeforeTheActionsMonthAndNoneAfterToday() {
    List<YearMonth> months = IndicatorTrend.months(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 23));

    assertThat(months).first().isEqualTo(YearMonth.of(2026, 3));
    assertThat(months).last().isEqualTo(YearMonth.of(2026, 11));
    assertThat(IndicatorTrend.months(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 23))).hasSize(12).last()
        .isEqualTo(YearMonth.of(2025, 6));
  }

  @Test
  void coercionFallingIsBetterAndAQualityRightsShareFallingIsWorse() {
    List<Point> falling = points(YearMonth.of(2026, 7), 4, 3, 4, 2, 3, 2, 1, 0, 0);

    assertThat(IndicatorTrend.mean(falling, false)).isEqualByComparingTo("3");
    assertThat(IndicatorTrend.mean(falling, true)).isEqualByComparingTo("0.33");
    assertThat(IndicatorTrend.direction(falling, false)).isEqualTo(Direction.BETTER);
    assertThat(IndicatorTrend.direction(falling, true)).isEqualTo(Direction.WORSE);
  }

  @Test
  void noMonthAfterTheDateIsTooEarlyAndMonthsWithoutAValueAreLeftOut() {
    assertThat(IndicatorTrend.direction(points(YearMonth.of(2026, 7), 1, 1, 1, 1, 1, 1), false)).isEqualTo(Direction.TOO_EARLY);
    assertThat(IndicatorTrend.direction(points(YearMonth.of(2026, 7), null, null, null, null, null, 40, 40), true))
        .isEqualTo(Direction.UNCHANGED);
    assertThat(IndicatorTrend.direction(points(YearMonth.of(2026, 7), null, null, null, null, null, null, 60), true))
        .isEqualTo(Direction.TOO_EARLY);
  }
}

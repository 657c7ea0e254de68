package org.homeward.rights.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.homeward.rights.control.CoercionRates;
import org.homeward.rights.control.ResidentDays.Stay;
import org.homeward.rights.entity.CoercionKind;
import org.junit.jupiter.api.Test;

class CoercionFiguresSuppressionTest {

  private static final YearMonth JANUARY = YearMonth.of(2026, 1);
  private static final List<Stay> FORTY = java.util.stream.IntStream.range(0, 40).mapToObj(i -> new Stay(LocalDate.of(2000, 1, 1), null)).toList();

  private static List<CoercionRates.Event> events(CoercionKind kind, YearMonth month, int count) {
    List<CoercionRates.Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDateTime start = month.atDay(1 + i).atTime(10, 0);
      events.add(new CoercionRates.Event(kind, start, start.plusHours(1)));
    }
    return events;
  }

  @Test
  void aRateOnASmallCountIsNotShownNorTheHoursOfItsKind() {
    List<CoercionRates.Event> events = new ArrayList<>();
    events.addAll(events(CoercionKind.SECLUSION, JANUARY, 2));
    events.addAll(events(CoercionKind.MECHANICAL_RESTRAINT, JANUARY, 9));
    events.addAll(events(CoercionKind.PHYSICAL_RESTRAINT, JANUARY, 12));
    events.addAll(events(CoercionKind.MECHANICAL_RESTRAINT, JANUARY.plusMonths(1), 8));
    events.addAll(events(CoercionKind.PHYSICAL_RESTRAINT, JANUARY.plusMonths(1), 11));
    List<CoercionRates.Month> months = CoercionRates.monthly(FORTY, events, JANUARY, JANUARY.plusMonths(1), LocalDate.of(2026, 12, 31));

    List<CoercionFigures.Month> shown = CoercionRecords.suppressed(months, new SmallCellSuppression(4));

    CoercionFigures.Month january = shown.get(0);
    assertThat(january.events().get(CoercionKind.SECLUSION)).isNull();
    assertThat(january.perThousand().get(CoercionKind.SECLUSION)).isNull();
    assertThat(january.seclusionHours()).isNull();
    for (CoercionFigures.Month month : shown) {
      month.events().forEach((kind, count) -> {
        if (count == null) {
          assertThat(month.perThousand().get(kind)).as("rate of a withheld count").isNull();
        }
      });
      if (month.total() == null) {
        assertThat(month.totalPerThousand()).isNull();
      }
    }
  }
}

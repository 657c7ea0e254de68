package org.homeward.rights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.homeward.rights.control.CoercionRates.Event;
import org.homeward.rights.control.CoercionRates.Month;
import org.homeward.rights.control.ResidentDays.Stay;
import org.homeward.rights.entity.CoercionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoercionRatesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);
  private static final YearMonth JANUARY = YearMonth.of(2026, 1);
  private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

  /** Ten people all year: 310 resident-days in January, 280 in February. */
  private static final List<Stay> TEN = java.util.stream.IntStream.range(0, 10)
      .mapToObj(i -> new Stay(LocalDate.of(2000, 1, 1), null)).toList();

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }

  @Test
  void aMonthWithoutEventsHasRatesOfZero() {
    Month january = CoercionRates.monthly(TEN, List.of(), JANUARY, JANUARY, TODAY).get(0);

    assertThat(january.residentDays()).isEqualTo(310);
    assertThat(january.total()).isZero();
    assertThat(january.perThousand().get(CoercionKind.SECLUSION)).isEqualByComparingTo("0");
    assertThat(january.totalPerThousand()).isEqualByComparingTo("0");
    assertThat(january.seclusionHours()).isEqualByComparingTo("0");
  }

  @Test
  void aMonthNobodyLivedInHasNoRate() {
    Month january = CoercionRates.monthly(List.of(new Stay(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 1))), List.of(),
        JANUARY, JANUARY, TODAY).get(0);

    assertThat(january.residentDays()).isZero();
    assertThat(january.perThousand()).isEmpty();
    assertThat(january.totalPerThousand()).isNull();
  }

  @Test
  void eventsCountPerThousandResidentDaysByKindInTheMonthTheyStarted() {
    List<Event> events = List.of(
        new Event(CoercionKind.SECLUSION, at("2026-01-05T10:00"), at("2026-01-05T12:00")),
        new Event(CoercionKind.SECLUSION, at("2026-01-31T22:00"), at("2026-02-01T02:00")),
        new Event(CoercionKind.MECHANICAL_RESTRAINT, at("2026-01-20T23:30"), at("2026-01-21T00:15")),
        new Event(CoercionKind.FORCED_MEDICATION, at("2026-02-03T08:00"), null));

    List<Month> months = CoercionRates.monthly(TEN, events, JANUARY, FEBRUARY, TODAY);

    Month january = months.get(0);
    assertThat(january.events().get(CoercionKind.SECLUSION)).isEqualTo(2);
    assertThat(january.perThousand().get(CoercionKind.SECLUSION)).isEqualByComparingTo("6.5");
    assertThat(january.perThousand().get(CoercionKind.MECHANICAL_RESTRAINT)).isEqualByComparingTo("3.2");
    assertThat(january.seclusionHours()).isEqualByComparingTo("4.0");
    assertThat(january.restraintHours()).isEqualByComparingTo("0.8");
    Month february = months.get(1);
    assertThat(february.events().get(CoercionKind.SECLUSION)).isZero();
    assertThat(february.events().get(CoercionKind.FORCED_MEDICATION)).isEqualTo(1);
    assertThat(february.seclusionHours()).isEqualByComparingTo("2.0");
    assertThat(february.perThousand().get(CoercionKind.FORCED_MEDICATION)).isEqualByComparingTo("3.6");
  }

  @Test
  void aMonthWithPeopleMovingOutHasFewerResidentDaysAndAHigherRate() {
    List<Stay> stays = List.of(new Stay(LocalDate.of(2000, 1, 1), null), new Stay(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 2, 15)));
    List<Event> events = List.of(new Event(CoercionKind.PHYSICAL_RESTRAINT, at("2026-02-20T14:00"), at("2026-02-20T14:10")));

    Month february = CoercionRates.monthly(stays, events, FEBRUARY, FEBRUARY, TODAY).get(0);

    assertThat(february.residentDays()).isEqualTo(28 + 14);
    assertThat(february.perThousand().get(CoercionKind.PHYSICAL_RESTRAINT)).isEqualByComparingTo("23.8");
  }

  @ParameterizedTest(name = "{0} to {1}: {2} minutes in January")
  @CsvSource(nullValues = "-", value = {
      "2026-01-31T22:00, 2026-02-01T02:00, 120",
      "2025-12-31T23:00, 2026-01-01T01:00, 60",
      "2025-12-20T00:00, 2026-02-03T00:00, 44640",
      "2026-01-10T23:00, 2026-01-11T01:00, 120",
      "2026-01-10T23:00, -,                0"})
  void hoursAreSplitOverTheMonthsAnEventLasted(String start, String end, long minutes) {
    Event event = new Event(CoercionKind.SECLUSION, at(start), end == null ? null : at(end));

    assertThat(CoercionRates.minutesIn(event, JANUARY)).isEqualTo(minutes);
  }

  @Test
  void aRateHasOneDecimal() {
    assertThat(CoercionRates.rate(1, 3)).isEqualTo(new BigDecimal("333.3"));
    assertThat(CoercionRates.rate(0, 0)).isNull();
  }
}

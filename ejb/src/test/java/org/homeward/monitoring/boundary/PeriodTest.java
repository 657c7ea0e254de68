package org.homeward.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void yearsQuartersAndMonthsAreReadAsDhis2WritesThem() {
    assertThat(Period.parse("2026")).isEqualTo(new Period("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(Period.parse("2026Q3")).isEqualTo(new Period("2026Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    assertThat(Period.parse("202602")).isEqualTo(new Period("202602", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
  }

  @Test
  void anythingElseIsNoPeriod() {
    for (String bad : new String[] {"2026Q5", "202613", "26", "2026-07", "Q3", "", " 2026"}) {
      assertThat(Period.parse(bad)).as(bad).isNull();
    }
    assertThat(Period.parse(null)).isNull();
  }

  @Test
  void thePreviousPeriodHasTheSameLength() {
    assertThat(Period.parse("2026Q1").previous().code()).isEqualTo("2025Q4");
    assertThat(Period.parse("202601").previous().code()).isEqualTo("202512");
    assertThat(Period.parse("2026").previous().code()).isEqualTo("2025");
  }

  @Test
  void peopleAreCountedOnTheLastDayOrTodayWhileThePeriodRuns() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(Period.parse("2026Q3").asOf(today)).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(Period.parse("2026Q4").asOf(today)).isEqualTo(today);
    assertThat(Period.quarterOf(today).code()).isEqualTo("2026Q4");
    assertThat(Period.parse("2027").startsAfter(today)).isTrue();
  }
}

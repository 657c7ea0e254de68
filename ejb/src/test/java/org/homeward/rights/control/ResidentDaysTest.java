package org.homeward.rights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.homeward.rights.control.ResidentDays.Stay;
import org.homeward.rights.control.ResidentDays.Step;
import org.junit.jupiter.api.Test;

class ResidentDaysTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final LocalDate LATER = LocalDate.of(2027, 1, 1);

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void aPersonWhoLivedThereAllMonthGivesEveryDay() {
    List<Stay> stays = ResidentDays.stays(List.of(new Step(LocalDate.of(2001, 5, 2), true)));

    assertThat(ResidentDays.in(stays, MARCH, LATER)).isEqualTo(31);
    assertThat(ResidentDays.in(stays, YearMonth.of(2026, 2), LATER)).isEqualTo(28);
  }

  @Test
  void theDayOfMovingOutIsNotCountedTheDayOfAdmissionIs() {
    List<Stay> stays = ResidentDays.stays(List.of(
        new Step(day(3, 10), true), new Step(day(3, 12), true), new Step(day(3, 20), false)));

    assertThat(stays).containsExactly(new Stay(day(3, 10), day(3, 20)));
    assertThat(ResidentDays.in(stays, MARCH, LATER)).isEqualTo(10);
  }

  @Test
  void aMonthWithPeopleMovingOutCountsEachUpToTheirMove() {
    List<Stay> stays = List.of(
        new Stay(LocalDate.of(1999, 1, 1), null),
        new Stay(LocalDate.of(2010, 1, 1), day(3, 1)),
        new Stay(LocalDate.of(2012, 1, 1), day(3, 16)),
        new Stay(LocalDate.of(2015, 1, 1), day(2, 1)));

    assertThat(ResidentDays.in(stays, MARCH, LATER)).isEqualTo(31 + 0 + 15 + 0);
  }

  @Test
  void aReadmissionStartsANewStay() {
    List<Stay> stays = ResidentDays.stays(List.of(
        new Step(LocalDate.of(2020, 1, 1), true), new Step(day(3, 5), false), new Step(day(3, 25), true)));

    assertThat(stays).containsExactly(new Stay(LocalDate.of(2020, 1, 1), day(3, 5)), new Stay(day(3, 25), null));
    assertThat(ResidentDays.in(stays, MARCH, LATER)).isEqualTo(4 + 7);
  }

  @Test
  void theCurrentMonthCountsUpToToday() {
    List<Stay> stays = List.of(new Stay(LocalDate.of(2020, 1, 1), null));

    assertThat(ResidentDays.in(stays, MARCH, day(3, 9))).isEqualTo(9);
    assertThat(ResidentDays.in(stays, YearMonth.of(2026, 4), day(3, 9))).isZero();
  }
}

package org.homeward.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A milestone's status is computed from its dates and the open actions towards it. */
class MilestoneTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static Milestone dueIn(int days) {
    return new Milestone(MilestoneKind.CUSTOM, "Milestone", TODAY.plusDays(days));
  }

  @Test
  void anAchievedMilestoneIsAchievedEvenWhenItWasLate() {
    Milestone late = dueIn(-100);
    late.setAchievedOn(TODAY.minusDays(1));

    assertThat(late.statusOn(TODAY, 3)).isEqualTo(MilestoneStatus.ACHIEVED);
    assertThat(late.getSlipDays()).isEqualTo(99);
  }

  @ParameterizedTest(name = "due in {0} days, {1} open actions: {2}")
  @CsvSource({
    "-1, 0, OVERDUE",
    "-365, 0, OVERDUE",
    "0, 0, ON_TRACK",
    "0, 1, AT_RISK",
    "30, 1, AT_RISK",
    "31, 1, ON_TRACK",
    "30, 0, ON_TRACK",
    "200, 5, ON_TRACK"
  })
  void theStatusFollowsTheBaselineAndTheOpenActions(int dueInDays, long openActions, MilestoneStatus expected) {
    assertThat(dueIn(dueInDays).statusOn(TODAY, openActions)).isEqualTo(expected);
  }

  @Test
  void aForecastAfterTheBaselinePutsItAtRisk() {
    Milestone slipping = dueIn(90);
    slipping.setForecastOn(TODAY.plusDays(91));

    assertThat(slipping.statusOn(TODAY, 0)).isEqualTo(MilestoneStatus.AT_RISK);
    assertThat(slipping.getSlipDays()).isEqualTo(1);
  }

  @Test
  void aForecastOnOrBeforeTheBaselineKeepsItOnTrack() {
    Milestone early = dueIn(90);
    early.setForecastOn(TODAY.plusDays(90));

    assertThat(early.statusOn(TODAY, 0)).isEqualTo(MilestoneStatus.ON_TRACK);
    early.setForecastOn(TODAY.plusDays(10));
    assertThat(early.statusOn(TODAY, 0)).isEqualTo(MilestoneStatus.ON_TRACK);
    assertThat(early.getSlipDays()).isZero();
  }

  @Test
  void aForecastCannotRescueAMilestoneWhoseBaselineHasPassed() {
    Milestone overdue = dueIn(-1);
    overdue.setForecastOn(TODAY.plusDays(10));

    assertThat(overdue.statusOn(TODAY, 0)).isEqualTo(MilestoneStatus.OVERDUE);
  }

  @Test
  void theBaselineFixedAtApprovalCountsNotALaterPlannedDate() {
    Milestone milestone = dueIn(10);
    milestone.fixBaseline();
    milestone.setPlannedOn(TODAY.plusDays(100));

    assertThat(milestone.getBaseline()).isEqualTo(TODAY.plusDays(10));
    assertThat(milestone.statusOn(TODAY.plusDays(11), 0)).isEqualTo(MilestoneStatus.OVERDUE);
  }
}

package org.homeward.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanCurveTest {

  private static final PlanCurve PLAN = new PlanCurve(Map.of(
      "FIRST_RESIDENTS_MOVED", LocalDate.of(2026, 1, 1),
      "RESIDENTS_MOVED_50", LocalDate.of(2026, 12, 31),
      "INSTITUTION_CLOSED", LocalDate.of(2027, 12, 31),
      "UNIT_CLOSED", LocalDate.of(2026, 6, 1)));

  @Test
  void everyoneIsInsideUntilTheFirstMovesAndNobodyAfterTheClosure() {
    assertThat(PLAN.remainingOn(LocalDate.of(2025, 6, 1))).isEqualTo(1.0);
    assertThat(PLAN.remainingOn(LocalDate.of(2026, 1, 1))).isEqualTo(1.0);
    assertThat(PLAN.remainingOn(LocalDate.of(2028, 3, 1))).isEqualTo(0.0);
  }

  @Test
  void betweenMilestonesTheShareFallsInAStraightLine() {
    assertThat(PLAN.remainingOn(LocalDate.of(2026, 12, 31))).isEqualTo(0.5);
    // 2 July 2026 is 182 of the 364 days from 1 January to 31 December: three quarters still inside
    assertThat(PLAN.remainingOn(LocalDate.of(2026, 7, 2))).isCloseTo(0.75, within(1e-9));
    assertThat(PLAN.remainingOn(LocalDate.of(2027, 7, 1))).isCloseTo(0.5 - 0.5 * 182 / 365.0, within(1e-9));
  }

  @Test
  void aPlanWithoutDatedMovesSaysNothing() {
    assertThat(new PlanCurve(Map.of("UNIT_CLOSED", LocalDate.of(2026, 6, 1))).isEmpty()).isTrue();
    assertThat(new PlanCurve(Map.of("ADMISSIONS_STOPPED", LocalDate.of(2026, 6, 1))).isEmpty()).isTrue();
    assertThat(PLAN.isEmpty()).isFalse();
  }
}

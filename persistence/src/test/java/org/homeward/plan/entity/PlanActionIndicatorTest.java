package org.homeward.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.FieldError;
import org.homeward.rights.entity.QualityRightsTheme;
import org.junit.jupiter.api.Test;

class PlanActionIndicatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static PlanAction belts() {
    PlanAction action = new PlanAction("End mechanical restraint on Ward B", ActionCategory.RIGHTS_IN_PRACTICE, "Head of Ward B",
        TODAY.minusMonths(3), TODAY.plusMonths(1));
    action.setRightsPractice(RightsPractice.ENDING_RESTRAINT_AND_SECLUSION);
    return action;
  }

  @Test
  void aCoercionIndicatorMayNameAUnit() {
    PlanAction action = belts();
    action.setIndicator(RightsIndicator.MECHANICAL_RESTRAINT);
    action.setIndicatorUnit(new Unit("Ward B", 60, null));

    assertThat(action.crossFieldErrors(TODAY)).isEmpty();
    assertThat(action.indicatorDate()).isEqualTo(TODAY.minusMonths(3));
  }

  @Test
  void aThemeIsNamedForTheQualityRightsIndicatorOnlyAndAUnitForCoercionOnly() {
    PlanAction theme = belts();
    theme.setIndicator(RightsIndicator.QUALITY_RIGHTS_THEME);
    theme.setIndicatorUnit(new Unit("Ward B", 60, null));
    assertThat(theme.crossFieldErrors(TODAY)).extracting(FieldError::field).containsExactlyInAnyOrder("indicatorTheme", "indicatorUnitId");

    PlanAction deaths = belts();
    deaths.setIndicator(RightsIndicator.DEATHS);
    deaths.setIndicatorTheme(QualityRightsTheme.HEALTH);
    assertThat(deaths.crossFieldErrors(TODAY)).extracting(FieldError::field).containsExactly("indicatorTheme");
  }

  @Test
  void anActionThatIsNoLongerARightsImprovementDropsItsIndicator() {
    PlanAction action = belts();
    action.setIndicator(RightsIndicator.QUALITY_RIGHTS_THEME);
    action.setIndicatorTheme(QualityRightsTheme.LEGAL_CAPACITY_AND_LIBERTY);
    action.setCategory(ActionCategory.STAFF_TRAINING);

    action.dropPracticeUnlessRights();

    assertThat(action.getIndicator()).isNull();
    assertThat(action.getIndicatorTheme()).isNull();
  }

  @Test
  void theDateComparedIsTheDateDoneElseStartedElseDue() {
    PlanAction action = belts();
    action.setStatus(ActionStatus.DONE);
    action.setDoneOn(TODAY.minusDays(10));
    assertThat(action.indicatorDate()).isEqualTo(TODAY.minusDays(10));
    action.setStartsOn(null);
    action.setDoneOn(null);
    assertThat(action.indicatorDate()).isEqualTo(TODAY.plusMonths(1));
  }

  @Test
  void onlyTheIndicatorsOfCoercionAreCountedInAUnitAndOnlyTheQualityRightsShareShouldRise() {
    assertThat(RightsIndicator.SECLUSION_HOURS.coercion()).isTrue();
    assertThat(RightsIndicator.SECLUSION_HOURS.events()).isFalse();
    assertThat(RightsIndicator.COMPLAINTS_OVERDUE.coercion()).isFalse();
    assertThat(RightsIndicator.QUALITY_RIGHTS_THEME.shouldRise()).isTrue();
    assertThat(RightsIndicator.DEATHS.shouldRise()).isFalse();
  }
}

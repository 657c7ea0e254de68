package org.homeward.plan.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.homeward.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules across an action's fields: rights are improved through practice, never through buildings. */
class PlanActionTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static PlanAction action(ActionCategory category) {
    return new PlanAction("Action", category, "Owner", TODAY, TODAY.plusMonths(1));
  }

  @Test
  void anActionThatWouldRefurbishRebuildOrBuildInstitutionalFacilitiesIsRefusedWithTheReason() {
    assertThat(action(ActionCategory.INSTITUTIONAL_FACILITIES).crossFieldErrors(TODAY))
        .containsExactly(new FieldError("category", "{plan.action.facilities}"));
  }

  @Test
  void aRightsImprovementNamesThePracticeItChanges() {
    PlanAction rights = action(ActionCategory.RIGHTS_IN_PRACTICE);
    assertThat(rights.crossFieldErrors(TODAY)).containsExactly(new FieldError("rightsPractice", "{plan.action.practiceRequired}"));

    rights.setRightsPractice(RightsPractice.ENDING_RESTRAINT_AND_SECLUSION);
    assertThat(rights.crossFieldErrors(TODAY)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = ActionCategory.class, names = {"INSTITUTIONAL_FACILITIES", "RIGHTS_IN_PRACTICE"}, mode = EnumSource.Mode.EXCLUDE)
  void otherCategoriesNeedNoPracticeAndDropOneLeftFromAnEarlierChoice(ActionCategory category) {
    PlanAction other = action(category);
    other.setRightsPractice(RightsPractice.OPEN_DOORS);

    other.dropPracticeUnlessRights();

    assertThat(other.getRightsPractice()).isNull();
    assertThat(other.crossFieldErrors(TODAY)).isEmpty();
  }

  @Test
  void aDoneActionHasTheDateItWasDoneAndOnlyADoneOne() {
    PlanAction done = action(ActionCategory.HOUSING);
    done.setStatus(ActionStatus.DONE);
    assertThat(done.crossFieldErrors(TODAY)).containsExactly(new FieldError("doneOn", "{plan.action.doneOnRequired}"));

    done.setDoneOn(TODAY);
    assertThat(done.crossFieldErrors(TODAY)).isEmpty();

    done.setStatus(ActionStatus.IN_PROGRESS);
    assertThat(done.crossFieldErrors(TODAY)).containsExactly(new FieldError("doneOn", "{plan.action.doneOnOnlyWhenDone}"));
  }

  @Test
  void anActionIsNotDueBeforeItStartsNorDoneInTheFuture() {
    PlanAction action = new PlanAction("Action", ActionCategory.OTHER, "Owner", TODAY, TODAY.minusDays(1));
    action.setStatus(ActionStatus.DONE);
    action.setDoneOn(TODAY.plusDays(1));

    assertThat(action.crossFieldErrors(TODAY)).extracting(FieldError::field).containsExactlyInAnyOrder("dueOn", "doneOn");
  }

  @Test
  void anOverdueActionIsAnOpenOnePastItsDueDate() {
    PlanAction action = new PlanAction("Action", ActionCategory.OTHER, "Owner", null, TODAY.minusDays(1));
    assertThat(action.overdueOn(TODAY)).isTrue();
    action.setStatus(ActionStatus.CANCELLED);
    assertThat(action.overdueOn(TODAY)).isFalse();
  }
}

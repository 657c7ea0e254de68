package org.homeward.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeward.staff.control.RedeploymentProgress.Application;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.TrainingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedeploymentProgressTest {

  private static final Application PENDING = new Application(null, false);

  @Test
  void nothingRecordedOrOnlyCoursesFoundNeededHasNotStarted() {
    assertThat(RedeploymentProgress.derive(RedeploymentStatus.NOT_STARTED, List.of(), List.of())).isEqualTo(RedeploymentStatus.NOT_STARTED);
    assertThat(RedeploymentProgress.derive(null, List.of(TrainingStatus.NEEDED), List.of())).isEqualTo(RedeploymentStatus.NOT_STARTED);
  }

  @ParameterizedTest
  @EnumSource(value = TrainingStatus.class, names = {"PLANNED", "COMPLETED"})
  void aCoursePlannedOrCompletedIsInTraining(TrainingStatus training) {
    assertThat(RedeploymentProgress.derive(RedeploymentStatus.NOT_STARTED, List.of(TrainingStatus.NEEDED, training), List.of()))
        .isEqualTo(RedeploymentStatus.IN_TRAINING);
  }

  @Test
  void anApplicationAwaitingItsDecisionIsAppliedWhateverTheTraining() {
    assertThat(RedeploymentProgress.derive(RedeploymentStatus.IN_TRAINING, List.of(TrainingStatus.PLANNED), List.of(PENDING)))
        .isEqualTo(RedeploymentStatus.APPLIED);
  }

  @Test
  void acceptedIsRedeployed() {
    assertThat(RedeploymentProgress.derive(RedeploymentStatus.APPLIED, List.of(),
        List.of(PENDING, new Application(ApplicationDecision.ACCEPTED, false)))).isEqualTo(RedeploymentStatus.REDEPLOYED);
  }

  @Test
  void acceptedAfterTrainingWaitsAsAppliedUntilThePositionsCoursesAreCompleted() {
    assertThat(RedeploymentProgress.derive(RedeploymentStatus.APPLIED, List.of(TrainingStatus.PLANNED),
        List.of(new Application(ApplicationDecision.ACCEPTED_AFTER_TRAINING, false)))).isEqualTo(RedeploymentStatus.APPLIED);
    assertThat(RedeploymentProgress.derive(RedeploymentStatus.APPLIED, List.of(TrainingStatus.COMPLETED),
        List.of(new Application(ApplicationDecision.ACCEPTED_AFTER_TRAINING, true)))).isEqualTo(RedeploymentStatus.REDEPLOYED);
  }

  @Test
  void onlyDeclinedApplicationsFallBackToTheTraining() {
    assertThat(RedeploymentProgress.derive(RedeploymentStatus.APPLIED, List.of(TrainingStatus.COMPLETED),
        List.of(new Application(ApplicationDecision.DECLINED, true)))).isEqualTo(RedeploymentStatus.IN_TRAINING);
  }

  @ParameterizedTest
  @EnumSource(value = RedeploymentStatus.class, names = {"RETIRED", "LEFT"})
  void retiredOrLeftStaysWhateverTheRecordsSay(RedeploymentStatus gone) {
    assertThat(RedeploymentProgress.derive(gone, List.of(TrainingStatus.COMPLETED), List.of(new Application(ApplicationDecision.ACCEPTED, true))))
        .isEqualTo(gone);
  }
}

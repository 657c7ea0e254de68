package org.homeward.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffMemberTest {

  private static StaffMember nurse(RedeploymentStatus status) {
    StaffMember nurse = new StaffMember("Ana Petrovic", StaffRole.NURSE, 12, new BigDecimal("1.0"), ContractType.PERMANENT, "North");
    nurse.setStatus(status);
    return nurse;
  }

  @ParameterizedTest(name = "{0} + training {1} -> {2}")
  @CsvSource({
      "NOT_STARTED, PLANNED,   IN_TRAINING",
      "NOT_STARTED, NEEDED,    NOT_STARTED",
      "NOT_STARTED, COMPLETED, NOT_STARTED",
      "IN_TRAINING, PLANNED,   IN_TRAINING",
      "APPLIED,     PLANNED,   APPLIED",
      "REDEPLOYED,  PLANNED,   REDEPLOYED",
      "RETIRED,     PLANNED,   RETIRED",
      "LEFT,        PLANNED,   LEFT"})
  void onlyAFirstPlannedCourseStartsTheWayIntoCommunityServices(RedeploymentStatus before, TrainingStatus training, RedeploymentStatus after) {
    StaffMember member = nurse(before);

    member.trainingRecorded(training);

    assertThat(member.getStatus()).isEqualTo(after);
  }

  @ParameterizedTest(name = "edited status {0} -> {1}")
  @CsvSource(nullValues = "-", value = {"-, IN_TRAINING", "APPLIED, APPLIED"})
  void anEditWithoutAStatusKeepsTheOneRecorded(RedeploymentStatus edited, RedeploymentStatus after) {
    StaffMember member = nurse(RedeploymentStatus.IN_TRAINING);
    StaffMember form = nurse(edited);
    form.setConcernCategories(Set.of(ConcernCategory.PAY));

    member.updateFrom(form);

    assertThat(member.getStatus()).isEqualTo(after);
    assertThat(member.getConcernCategories()).containsExactly(ConcernCategory.PAY);
  }
}

package org.homeward.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StaffMemberTest {

  private static StaffMember nurse(RedeploymentStatus status) {
    StaffMember nurse = new StaffMember("Ana Petrovic", StaffRole.NURSE, 12, new BigDecimal("1.0"), ContractType.PERMANENT, "North");
    nurse.setStatus(status);
    return nurse;
  }

  @Test
  void anEditLeavesTheStatusToTheRedeploymentRecords() {
    StaffMember member = nurse(RedeploymentStatus.IN_TRAINING);
    StaffMember form = nurse(RedeploymentStatus.REDEPLOYED);
    form.setConcernCategories(Set.of(ConcernCategory.PAY));

    member.updateFrom(form);

    assertThat(member.getStatus()).isEqualTo(RedeploymentStatus.IN_TRAINING);
    assertThat(member.getConcernCategories()).containsExactly(ConcernCategory.PAY);
  }

  @ParameterizedTest
  @EnumSource(RedeploymentStatus.class)
  void onlyRetiredAndLeftMeanThePersonHasGone(RedeploymentStatus status) {
    assertThat(nurse(status).hasGone()).isEqualTo(status == RedeploymentStatus.RETIRED || status == RedeploymentStatus.LEFT);
  }
}

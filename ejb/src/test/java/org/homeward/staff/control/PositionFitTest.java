package org.homeward.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.homeward.staff.control.PositionFit.Criterion;
import org.homeward.staff.control.PositionFit.Reason;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.ContractType;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;
import org.homeward.staff.entity.Willingness;
import org.junit.jupiter.api.Test;

class PositionFitTest {

  private static final Qualification NURSE = new Qualification("REGISTERED_NURSE", "Registered nurse", 1);
  private static final Qualification MENTAL_HEALTH = new Qualification("MENTAL_HEALTH_NURSE", "Mental health nursing", 2);
  private static final TrainingCourse RIGHTS = new TrainingCourse("HUMAN_RIGHTS", "Human rights-based approach", 1);
  private static final TrainingCourse RECOVERY = new TrainingCourse("RECOVERY", "Recovery approach", 2);

  private static CommunityPosition outreachNurse() {
    CommunityPosition position = new CommunityPosition("North outreach team", ServiceKind.OUTREACH, StaffRole.NURSE, "North", 2,
        LocalDate.of(2027, 1, 1));
    position.setRequiredQualifications(Set.of(NURSE, MENTAL_HEALTH));
    position.setRequiredCourses(Set.of(RIGHTS, RECOVERY));
    return position;
  }

  private static StaffMember nurse(String region, Willingness willingness, Qualification... qualifications) {
    StaffMember member = new StaffMember("Ana Petrovic", StaffRole.NURSE, 12, new BigDecimal("1.0"), ContractType.PERMANENT, region);
    member.setWillingness(willingness);
    member.setQualifications(Set.of(qualifications));
    return member;
  }

  @Test
  void someoneWhoMeetsEverythingScoresFull() {
    PositionFit fit = PositionFit.of(nurse("North", Willingness.WILLING, NURSE, MENTAL_HEALTH),
        Map.of("HUMAN_RIGHTS", TrainingStatus.COMPLETED, "RECOVERY", TrainingStatus.COMPLETED), outreachNurse());

    assertThat(fit.score()).isEqualTo(PositionFit.MAX);
    assertThat(fit.reasons()).allMatch(Reason::met);
  }

  @Test
  void eachShortfallCostsItsShareAndSaysWhatIsMissing() {
    PositionFit fit = PositionFit.of(nurse(" north ", Willingness.UNDECIDED, NURSE),
        Map.of("HUMAN_RIGHTS", TrainingStatus.PLANNED, "RECOVERY", TrainingStatus.NEEDED), outreachNurse());

    // qualifications 1 of 2: 18 (17.5 rounded); training half of one of two: 6 (6.25); region 15; undecided 7; role 10
    assertThat(fit.score()).isEqualTo(18 + 6 + 15 + 7 + 10);
    assertThat(reason(fit, Criterion.QUALIFICATIONS)).satisfies(r -> {
      assertThat(r.met()).isFalse();
      assertThat(r.have()).containsExactly("REGISTERED_NURSE");
      assertThat(r.missing()).containsExactly("MENTAL_HEALTH_NURSE");
    });
    assertThat(reason(fit, Criterion.TRAINING)).satisfies(r -> {
      assertThat(r.planned()).containsExactly("HUMAN_RIGHTS");
      assertThat(r.missing()).containsExactly("RECOVERY");
    });
    assertThat(reason(fit, Criterion.REGION).met()).as("regions compared without case or spaces").isTrue();
  }

  @Test
  void anotherRegionAnotherRoleAndUnwillingnessScoreNothingForThose() {
    StaffMember member = nurse(null, Willingness.NOT_WILLING);
    member.setRole(StaffRole.CARE_ASSISTANT);

    PositionFit fit = PositionFit.of(member, Map.of(), outreachNurse());

    assertThat(fit.score()).isZero();
    assertThat(fit.reasons()).noneMatch(Reason::met);
    assertThat(reason(fit, Criterion.ROLE).staffValue()).isEqualTo("CARE_ASSISTANT");
  }

  @Test
  void aPositionThatRequiresNothingGivesThosePointsToEveryone() {
    CommunityPosition open = new CommunityPosition("Peer support line", ServiceKind.PEER_SUPPORT, StaffRole.OTHER, "South", 1,
        LocalDate.of(2027, 1, 1));

    PositionFit fit = PositionFit.of(nurse("North", Willingness.WILLING), Map.of(), open);

    assertThat(fit.score()).isEqualTo(35 + 25 + 0 + 15 + 0);
  }

  private static Reason reason(PositionFit fit, Criterion criterion) {
    return fit.reasons().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow();
  }
}

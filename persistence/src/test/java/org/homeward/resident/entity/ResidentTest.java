package org.homeward.resident.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.junit.jupiter.api.Test;

/** A case moves one step at a time, keeps its history, and never moves a person without the safeguards. */
class ResidentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Readiness NOT_READY = new Readiness(false, false, false, false);
  private static final Readiness READY = new Readiness(true, true, true, true);

  private static Institution home(LocalDate admissionsStopped) {
    Institution home = new Institution("SC-01", "Hillview", InstitutionType.SOCIAL_CARE_HOME, Ownership.PUBLIC, "North", 40, 30);
    home.setAdmissionsStoppedOn(admissionsStopped);
    return home;
  }

  private static Resident admitted() {
    Resident resident = new Resident("NR-1", "Ana", "Kovac", LocalDate.of(1970, 5, 1), Sex.FEMALE, LocalDate.of(2001, 3, 1));
    resident.admitTo(home(null), null, "committee", NOW);
    return resident;
  }

  private static void change(Resident r, ResidentStatus next, Readiness readiness, String reason) {
    r.changeStatus(next, TODAY, reason, readiness, false, "worker", NOW, TODAY);
  }

  @Test
  void theCaseMovesOneStepAtATimeAndKeepsEachStepInItsHistory() {
    Resident resident = admitted();
    change(resident, ResidentStatus.PREPARING, NOT_READY, null);
    change(resident, ResidentStatus.READY_TO_MOVE, READY, null);
    change(resident, ResidentStatus.MOVED, READY, null);

    assertThat(resident.getStatus()).isEqualTo(ResidentStatus.MOVED);
    assertThat(resident.getStatusHistory()).extracting(StatusChange::getToStatus).containsExactly(
        ResidentStatus.IN_INSTITUTION, ResidentStatus.PREPARING, ResidentStatus.READY_TO_MOVE, ResidentStatus.MOVED);
    assertThat(resident.getStatusHistory().get(1).getFromStatus()).isEqualTo(ResidentStatus.IN_INSTITUTION);
  }

  @Test
  void aJumpThatSkipsTheReadinessCheckIsRefused() {
    Resident resident = admitted();

    assertThatThrownBy(() -> change(resident, ResidentStatus.MOVED, READY, null))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.key()).isEqualTo("resident.status.jump"));
    assertThat(resident.getStatus()).isEqualTo(ResidentStatus.IN_INSTITUTION);
  }

  @Test
  void readyToMoveIsRefusedNamingEverySafeguardStillMissing() {
    Resident resident = admitted();
    change(resident, ResidentStatus.PREPARING, NOT_READY, null);

    assertThatThrownBy(() -> change(resident, ResidentStatus.READY_TO_MOVE, new Readiness(false, true, false, true), null))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::message)
            .containsExactly("{resident.readiness.supportPlan}", "{resident.readiness.placement}"));
    assertThat(NOT_READY.missing()).containsExactly("resident.readiness.focalPoint", "resident.readiness.supportPlan",
        "resident.readiness.placement", "resident.readiness.services");
    assertThat(READY.ready()).isTrue();
  }

  @Test
  void settledNeedsAFollowUpThatFoundThePersonSettled() {
    Resident resident = admitted();
    change(resident, ResidentStatus.PREPARING, NOT_READY, null);
    change(resident, ResidentStatus.READY_TO_MOVE, READY, null);
    change(resident, ResidentStatus.MOVED, READY, null);

    assertThatThrownBy(() -> change(resident, ResidentStatus.SETTLED, READY, null)).isInstanceOf(RuleViolationException.class);
    resident.changeStatus(ResidentStatus.SETTLED, TODAY, null, READY, true, "worker", NOW, TODAY);
    assertThat(resident.getStatus()).isEqualTo(ResidentStatus.SETTLED);
  }

  @Test
  void endingsReturnsAndStepsBackNeedAReasonAndAnEndedCaseTakesNoMoreChanges() {
    Resident resident = admitted();
    change(resident, ResidentStatus.PREPARING, NOT_READY, null);

    assertThatThrownBy(() -> change(resident, ResidentStatus.IN_INSTITUTION, NOT_READY, " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("reason"));
    change(resident, ResidentStatus.IN_INSTITUTION, NOT_READY, "Wants to wait until her sister can visit the flat");
    assertThatThrownBy(() -> change(resident, ResidentStatus.DIED, NOT_READY, null)).isInstanceOf(InvalidInputException.class);
    change(resident, ResidentStatus.DIED, NOT_READY, "Heart failure");

    assertThatThrownBy(() -> change(resident, ResidentStatus.PREPARING, NOT_READY, "x"))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.key()).isEqualTo("resident.status.ended"));
  }

  @Test
  void aStatusDateIsNeitherInTheFutureNorBeforeTheCurrentStatusBegan() {
    Resident resident = admitted();
    assertThatThrownBy(() -> resident.changeStatus(ResidentStatus.PREPARING, TODAY.plusDays(1), null, NOT_READY, false, "w", NOW, TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> resident.changeStatus(ResidentStatus.PREPARING, LocalDate.of(2000, 1, 1), null, NOT_READY, false, "w", NOW, TODAY))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anAdmissionAfterAdmissionsStoppedNeedsItsReason() {
    Institution stopped = home(LocalDate.of(2025, 1, 1));
    Resident late = new Resident("NR-2", "Ben", "Horvat", LocalDate.of(1980, 1, 1), Sex.MALE, LocalDate.of(2025, 6, 1));

    assertThat(late.admittedAfterStop(stopped)).isTrue();
    assertThat(late.crossFieldErrors(stopped)).extracting(FieldError::field).containsExactly("admittedAfterStopReason");
    late.setAdmittedAfterStopReason("Court order; the committee objected");
    assertThat(late.crossFieldErrors(stopped)).isEmpty();
    assertThat(late.admittedAfterStop(home(null))).isFalse();
  }

  @Test
  void aChangeOfFocalPointSaysWhyAndKeepsTheEarlierWorkerInTheHistory() {
    Resident resident = admitted();
    UserAccount first = new UserAccount("fatima", "Fatima", "hash", java.util.Set.of(Role.FOCAL_POINT), NOW);
    UserAccount second = new UserAccount("goran", "Goran", "hash", java.util.Set.of(Role.FOCAL_POINT), NOW);
    resident.assignFocalPoint(first, Consent.CHOSE, TODAY.minusMonths(2), null, "committee", NOW);

    assertThatThrownBy(() -> resident.assignFocalPoint(second, Consent.AGREED, TODAY, null, "committee", NOW))
        .isInstanceOf(InvalidInputException.class);
    resident.assignFocalPoint(second, Consent.AGREED, TODAY, "Fatima moved to the crisis team", "committee", NOW);

    assertThat(resident.getFocalPoint()).isSameAs(second);
    assertThat(resident.getFocalPointHistory()).extracting(FocalPointAssignment::getUntilOn).containsExactly(TODAY, null);
    assertThat(resident.currentAssignment().orElseThrow().getConsent()).isEqualTo(Consent.AGREED);
  }
}

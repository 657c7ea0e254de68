package org.homeward.qol.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionType;
import org.homeward.institution.entity.Ownership;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.qol.entity.Timepoint;
import org.homeward.resident.entity.Readiness;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.resident.entity.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The next check falls due while the person prepares to move, then on the first and second anniversary of the move. */
class QualityOfLifeScheduleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final LocalDate PREPARING = LocalDate.of(2024, 1, 10);
  private static final LocalDate MOVED = LocalDate.of(2024, 3, 15);
  private static final Readiness READY = new Readiness(true, true, true, true);

  private static Resident resident(ResidentStatus... steps) {
    Resident resident = new Resident("NR-1", "Ana", "Kovac", LocalDate.of(1970, 5, 1), Sex.FEMALE, LocalDate.of(2001, 3, 1));
    resident.admitTo(new Institution("SC-01", "Hillview", InstitutionType.SOCIAL_CARE_HOME, Ownership.PUBLIC, "North", 40, 30), null,
        "committee", Instant.now());
    for (ResidentStatus step : steps) {
      LocalDate on = switch (step) {
        case PREPARING -> PREPARING;
        case READY_TO_MOVE, MOVED -> MOVED;
        default -> TODAY;
      };
      resident.changeStatus(step, on, "reason", READY, true, "worker", Instant.now(), TODAY);
    }
    return resident;
  }

  private static QualityOfLifeCheck check(Timepoint timepoint, LocalDate askedOn) {
    return new QualityOfLifeCheck(askedOn, timepoint, "Fatima");
  }

  @Test
  void whileThePersonPreparesTheCheckBeforeTheMoveIsDueFromTheDayPreparationStarted() {
    Resident preparing = resident(ResidentStatus.PREPARING);
    assertThat(QualityOfLifeSchedule.next(preparing, List.of())).contains(new NextCheck(Timepoint.BEFORE_MOVE, PREPARING));

    Resident ready = resident(ResidentStatus.PREPARING, ResidentStatus.READY_TO_MOVE);
    assertThat(QualityOfLifeSchedule.next(ready, List.of())).contains(new NextCheck(Timepoint.BEFORE_MOVE, PREPARING));
    assertThat(QualityOfLifeSchedule.next(ready, List.of(check(Timepoint.BEFORE_MOVE, PREPARING.plusDays(3))))).isEmpty();
  }

  @Test
  void nothingIsDueBeforePreparationStartsNorOnceTheCaseHasEnded() {
    assertThat(QualityOfLifeSchedule.next(resident(), List.of())).isEmpty();
    assertThat(QualityOfLifeSchedule.next(resident(ResidentStatus.DIED), List.of())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = ResidentStatus.class, names = {"MOVED", "SETTLED"})
  void afterTheMoveTheChecksFallDueOnTheFirstAndSecondAnniversary(ResidentStatus status) {
    Resident moved = status == ResidentStatus.MOVED
        ? resident(ResidentStatus.PREPARING, ResidentStatus.READY_TO_MOVE, ResidentStatus.MOVED)
        : resident(ResidentStatus.PREPARING, ResidentStatus.READY_TO_MOVE, ResidentStatus.MOVED, ResidentStatus.SETTLED);
    QualityOfLifeCheck before = check(Timepoint.BEFORE_MOVE, PREPARING);

    assertThat(QualityOfLifeSchedule.next(moved, List.of(before))).contains(new NextCheck(Timepoint.ABOUT_ONE_YEAR, LocalDate.of(2025, 3, 15)));
    assertThat(QualityOfLifeSchedule.next(moved, List.of(before, check(Timepoint.ABOUT_ONE_YEAR, LocalDate.of(2025, 2, 1)))))
        .contains(new NextCheck(Timepoint.ABOUT_TWO_YEARS, LocalDate.of(2026, 3, 15)));
    assertThat(QualityOfLifeSchedule.next(moved, List.of(check(Timepoint.ABOUT_ONE_YEAR, LocalDate.of(2025, 2, 1)),
        check(Timepoint.ABOUT_TWO_YEARS, LocalDate.of(2026, 3, 1))))).isEmpty();
  }

  @Test
  void aMissedYearOneCheckIsNotDueOnceTheTwoYearCheckIsDone() {
    Resident moved = resident(ResidentStatus.PREPARING, ResidentStatus.READY_TO_MOVE, ResidentStatus.MOVED);

    assertThat(QualityOfLifeSchedule.next(moved, List.of(check(Timepoint.ABOUT_TWO_YEARS, LocalDate.of(2026, 3, 1))))).isEmpty();
    assertThat(new NextCheck(Timepoint.ABOUT_ONE_YEAR, LocalDate.of(2025, 3, 15)).overdueOn(TODAY)).isTrue();
  }

  @Test
  void afterAReadmissionOnlyAFreshCheckBeforeTheNextMoveCounts() {
    Resident readmitted = resident(ResidentStatus.PREPARING, ResidentStatus.READY_TO_MOVE, ResidentStatus.MOVED, ResidentStatus.READMITTED);
    readmitted.changeStatus(ResidentStatus.PREPARING, TODAY, null, READY, false, "worker", Instant.now(), TODAY);
    QualityOfLifeCheck old = check(Timepoint.BEFORE_MOVE, PREPARING);

    assertThat(QualityOfLifeSchedule.next(readmitted, List.of(old))).contains(new NextCheck(Timepoint.BEFORE_MOVE, TODAY));
    assertThat(QualityOfLifeSchedule.next(readmitted, List.of(old, check(Timepoint.BEFORE_MOVE, TODAY)))).isEmpty();
  }
}

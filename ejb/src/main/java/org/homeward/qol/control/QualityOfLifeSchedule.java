package org.homeward.qol.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.qol.entity.Timepoint;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.resident.entity.StatusChange;

/**
 * When the next quality-of-life check with a person falls due, for a caseload's "next action due".
 * Before the move it is due from the day preparation started, while the person prepares or is ready
 * to move without a check; after the move, on the first and second anniversary of the move. It
 * does not check who may see the person: callers have done that.
 */
@Dependent
public class QualityOfLifeSchedule {

  @Inject QualityOfLifeRepository repository;

  public Optional<NextCheck> nextCheckDue(Resident resident) {
    return next(resident, repository.checks(resident.getId()));
  }

  /**
   * A check after the move counts as done when it, or a later one, was asked since the latest move:
   * a year-one check missed once the two-year check is done is not due any more. A readmission
   * starts over: only checks since then count.
   */
  public static Optional<NextCheck> next(Resident resident, List<QualityOfLifeCheck> checks) {
    ResidentStatus status = resident.getStatus();
    if (status == ResidentStatus.PREPARING || status == ResidentStatus.READY_TO_MOVE) {
      LocalDate since = latest(resident, ResidentStatus.READMITTED);
      boolean asked = checks.stream()
          .anyMatch(c -> c.getTimepoint() == Timepoint.BEFORE_MOVE && (since == null || !c.getAskedOn().isBefore(since)));
      LocalDate preparing = latest(resident, ResidentStatus.PREPARING);
      return asked
          ? Optional.empty()
          : Optional.of(new NextCheck(Timepoint.BEFORE_MOVE, preparing == null ? resident.getStatusSince() : preparing));
    }
    if (status != ResidentStatus.MOVED && status != ResidentStatus.SETTLED) {
      return Optional.empty();
    }
    return resident.movedOn().flatMap(moved -> {
      for (Timepoint timepoint : List.of(Timepoint.ABOUT_ONE_YEAR, Timepoint.ABOUT_TWO_YEARS)) {
        boolean done = checks.stream().anyMatch(c -> c.getTimepoint().compareTo(timepoint) >= 0 && !c.getAskedOn().isBefore(moved));
        if (!done) {
          return Optional.of(new NextCheck(timepoint, moved.plusMonths(timepoint.dueMonthsAfterMove())));
        }
      }
      return Optional.empty();
    });
  }

  private static LocalDate latest(Resident resident, ResidentStatus to) {
    return resident.getStatusHistory().stream().filter(c -> c.getToStatus() == to).map(StatusChange::getEffectiveOn)
        .reduce((a, b) -> b).orElse(null);
  }
}

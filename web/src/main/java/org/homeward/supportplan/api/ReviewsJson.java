package org.homeward.supportplan.api;

import java.time.LocalDate;
import java.util.List;
import org.homeward.supportplan.boundary.ReviewSchedule;

/** The plan reviews due after the move; {@code movedOn} is null while the person has not moved. */
public record ReviewsJson(LocalDate movedOn, List<ReviewJson> reviews) {

  public record ReviewJson(int monthsAfterMove, LocalDate dueOn, boolean done) {}

  static ReviewsJson of(ReviewSchedule s) {
    return new ReviewsJson(s.movedOn(), s.reviews().stream().map(r -> new ReviewJson(r.monthsAfterMove(), r.dueOn(), r.done())).toList());
  }
}

package org.homeward.supportplan.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When the plan is to be reviewed after the move (support needs change once a person lives in the
 * community), and which reviews are done: a review counts as done when a revision was agreed no
 * earlier than two weeks before its date.
 *
 * @param movedOn null while the person has not moved
 */
public record ReviewSchedule(LocalDate movedOn, List<Review> reviews) implements Serializable {

  public record Review(int monthsAfterMove, LocalDate dueOn, boolean done) implements Serializable {

    public boolean overdueOn(LocalDate today) {
      return !done && dueOn.isBefore(today);
    }
  }

  public static ReviewSchedule of(LocalDate movedOn, List<Integer> months, List<LocalDate> agreedDates) {
    if (movedOn == null) {
      return new ReviewSchedule(null, List.of());
    }
    return new ReviewSchedule(movedOn, months.stream().map(m -> {
      LocalDate due = movedOn.plusMonths(m);
      boolean done = agreedDates.stream().anyMatch(d -> !d.isBefore(due.minusWeeks(2)));
      return new Review(m, due, done);
    }).toList());
  }

  public Optional<Review> next() {
    return reviews.stream().filter(r -> !r.done()).findFirst();
  }
}

package org.homeward.agenda.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.homeward.resident.entity.ResidentStatus;

/**
 * What is due in one person's case, earliest first. A first needs assessment is due a month after a
 * focal point takes the case on, and again a month after a readmission; the support plan's reviews
 * and steps on their dates; follow-up visits a month after the move and monthly until the person is
 * settled, then every six months for two years after the move.
 */
public record Agenda(List<DueItem> items) implements Serializable {

  static final int MONTHS_TO_FIRST_ASSESSMENT = 1;
  public static final int MONTHS_BETWEEN_VISITS_UNTIL_SETTLED = 1;
  public static final int MONTHS_BETWEEN_VISITS_WHEN_SETTLED = 6;
  public static final int MONTHS_OF_FOLLOW_UP = 24;

  public static Agenda of(CaseFacts facts) {
    List<DueItem> items = new ArrayList<>();
    if (facts.status().ended()) {
      return new Agenda(items);
    }
    if (facts.status().inInstitution() && needsAssessing(facts)) {
      LocalDate from = facts.status() == ResidentStatus.READMITTED ? facts.statusSince() : facts.caseOpenedOn();
      items.add(new DueItem(DueItem.Kind.NEEDS_ASSESSMENT, from.plusMonths(MONTHS_TO_FIRST_ASSESSMENT), null));
    }
    facts.reviewsOpen().forEach(on -> items.add(new DueItem(DueItem.Kind.SUPPORT_PLAN_REVIEW, on, null)));
    facts.openSteps().forEach(s -> items.add(new DueItem(DueItem.Kind.ACTION_STEP, s.dueOn(), s.text())));
    nextVisit(facts).ifPresent(on -> items.add(new DueItem(DueItem.Kind.FOLLOW_UP_VISIT, on, null)));
    if (facts.qualityOfLifeDueOn() != null) {
      items.add(new DueItem(DueItem.Kind.QUALITY_OF_LIFE_CHECK, facts.qualityOfLifeDueOn(), null));
    }
    items.sort(Comparator.comparing(DueItem::dueOn));
    return new Agenda(List.copyOf(items));
  }

  private static boolean needsAssessing(CaseFacts facts) {
    return facts.lastAssessedOn() == null
        || (facts.status() == ResidentStatus.READMITTED && facts.lastAssessedOn().isBefore(facts.statusSince()));
  }

  private static Optional<LocalDate> nextVisit(CaseFacts facts) {
    if (facts.movedOn() == null || !(facts.status() == ResidentStatus.MOVED || facts.status() == ResidentStatus.SETTLED)) {
      return Optional.empty();
    }
    LocalDate from = facts.lastVisitOn() == null ? facts.movedOn() : facts.lastVisitOn();
    int months = facts.status() == ResidentStatus.SETTLED ? MONTHS_BETWEEN_VISITS_WHEN_SETTLED : MONTHS_BETWEEN_VISITS_UNTIL_SETTLED;
    LocalDate due = from.plusMonths(months);
    return due.isAfter(facts.movedOn().plusMonths(MONTHS_OF_FOLLOW_UP)) ? Optional.empty() : Optional.of(due);
  }

  public List<DueItem> overdueOn(LocalDate today) {
    return items.stream().filter(i -> i.overdueOn(today)).toList();
  }

  /** The earliest item not yet overdue. */
  public Optional<DueItem> nextOn(LocalDate today) {
    return items.stream().filter(i -> !i.overdueOn(today)).findFirst();
  }
}

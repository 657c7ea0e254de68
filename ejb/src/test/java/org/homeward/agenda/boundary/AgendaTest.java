package org.homeward.agenda.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.agenda.boundary.DueItem.Kind;
import org.homeward.resident.entity.ResidentStatus;
import org.junit.jupiter.api.Test;

class AgendaTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void aFirstAssessmentIsDueAMonthAfterTheFocalPointTookTheCaseOn() {
    Agenda agenda = Agenda.of(new CaseFacts(ResidentStatus.PREPARING, TODAY.minusMonths(3), TODAY.minusMonths(2), null, List.of(),
        List.of(new CaseFacts.Step("Visit the flat", TODAY.plusDays(10))), null, null, null));

    assertThat(agenda.overdueOn(TODAY)).extracting(DueItem::kind, DueItem::dueOn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.NEEDS_ASSESSMENT, TODAY.minusMonths(1)));
    assertThat(agenda.nextOn(TODAY)).hasValueSatisfying(i -> assertThat(i.detail()).isEqualTo("Visit the flat"));
  }

  @Test
  void aReadmittedPersonIsAssessedAgain() {
    CaseFacts facts = new CaseFacts(ResidentStatus.READMITTED, TODAY.minusDays(5), TODAY.minusYears(1), TODAY.minusMonths(8), List.of(),
        List.of(), TODAY.minusMonths(6), null, null);

    assertThat(Agenda.of(facts).items()).extracting(DueItem::kind).containsExactly(Kind.NEEDS_ASSESSMENT);
  }

  @Test
  void visitsFollowTheMoveMonthlyUntilSettledThenTwiceAYearForTwoYears() {
    LocalDate moved = TODAY.minusMonths(2);
    assertThat(Agenda.of(facts(ResidentStatus.MOVED, moved, null)).overdueOn(TODAY)).extracting(DueItem::dueOn)
        .containsExactly(moved.plusMonths(1));
    assertThat(Agenda.of(facts(ResidentStatus.SETTLED, moved, TODAY.minusDays(3))).nextOn(TODAY)).hasValueSatisfying(
        i -> assertThat(i.dueOn()).isEqualTo(TODAY.minusDays(3).plusMonths(6)));
    assertThat(Agenda.of(facts(ResidentStatus.SETTLED, TODAY.minusMonths(23), TODAY.minusDays(3))).items()).isEmpty();
  }

  @Test
  void anEndedCaseHasNothingDue() {
    CaseFacts facts = new CaseFacts(ResidentStatus.DIED, TODAY, TODAY, null, List.of(TODAY), List.of(), null, null, null);

    assertThat(Agenda.of(facts).items()).isEmpty();
  }

  private static CaseFacts facts(ResidentStatus status, LocalDate moved, LocalDate lastVisit) {
    return new CaseFacts(status, moved, moved.minusYears(1), moved.minusMonths(3), List.of(), List.of(), moved, lastVisit, null);
  }
}

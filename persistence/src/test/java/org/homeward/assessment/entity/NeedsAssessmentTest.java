package org.homeward.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.FieldError;
import org.junit.jupiter.api.Test;

class NeedsAssessmentTest {

  private final AssessmentFramework can = new AssessmentFramework("CAN", "Camberwell Assessment of Need",
      List.of("Accommodation", "Food", "Looking after the home", "Self-care", "Daytime activities"));

  private NeedsAssessment assessed(LocalDate on, Integer[] person, Integer[] staff) {
    NeedsAssessment assessment = NeedsAssessment.blank(can, on, "Fatima");
    List<DomainAssessment> domains = assessment.getDomains();
    for (int i = 0; i < person.length; i++) {
      domains.get(i).setPersonNeed(person[i]);
      domains.get(i).setStaffNeed(staff[i]);
    }
    return assessment;
  }

  @Test
  void totalsCountMetAndUnmetNeedsFromEachPointOfViewAndLeaveOutDomainsNotAsked() {
    NeedsAssessment assessment = assessed(LocalDate.of(2026, 3, 1),
        new Integer[] {2, 1, 0, 9, null}, new Integer[] {1, 1, 2, 2, 2});

    assertThat(assessment.totals(Perspective.PERSON)).isEqualTo(new NeedTotals(1, 1, 1, 1));
    assertThat(assessment.totals(Perspective.PERSON).needs()).isEqualTo(2);
    assertThat(assessment.totals(Perspective.STAFF)).isEqualTo(new NeedTotals(2, 3, 0, 0));
    assertThat(assessment.totals(Perspective.CARER)).isEqualTo(new NeedTotals(0, 0, 0, 0));
  }

  @Test
  void viewsDifferOnlyWhereTwoPointsOfViewThatKnowRateTheNeedDifferently() {
    NeedsAssessment assessment = assessed(LocalDate.of(2026, 3, 1),
        new Integer[] {2, 1, 9, null, 0}, new Integer[] {0, 1, 2, 2, 0});

    assertThat(assessment.disagreements()).extracting(d -> d.getDomain().getLabel()).containsExactly("Accommodation");
  }

  @Test
  void aRatingOutsideTheScaleIsNamedByItsPlaceInTheAssessment() {
    NeedsAssessment assessment = assessed(LocalDate.of(2026, 3, 1), new Integer[] {3, 1}, new Integer[] {1, 1});
    assessment.getDomains().get(1).setHelpServices(4);
    assessment.getDomains().get(1).setHelpFamily(3);

    assertThat(assessment.crossFieldErrors(LocalDate.of(2001, 1, 1))).extracting(FieldError::field)
        .containsExactly("domains[0].personNeed", "domains[1].helpServices");
  }

  @Test
  void anAssessmentCannotPredateTheAdmission() {
    NeedsAssessment assessment = assessed(LocalDate.of(2000, 3, 1), new Integer[] {}, new Integer[] {});

    assertThat(assessment.crossFieldErrors(LocalDate.of(2001, 1, 1))).extracting(FieldError::field).containsExactly("assessedOn");
  }

  @Test
  void aComparisonOrdersByDateAndListsTheDomainsWhoseRatingMoved() {
    NeedsAssessment first = assessed(LocalDate.of(2026, 1, 10), new Integer[] {2, 2, 1}, new Integer[] {2, 1, 1});
    NeedsAssessment second = assessed(LocalDate.of(2026, 6, 10), new Integer[] {1, 2, 1}, new Integer[] {1, 1, 1});

    AssessmentComparison comparison = AssessmentComparison.of(second, first);

    assertThat(comparison.earlier()).isSameAs(first);
    assertThat(comparison.changes()).singleElement().satisfies(change -> {
      assertThat(change.domain().getLabel()).isEqualTo("Accommodation");
      assertThat(change.improvedForPerson()).isTrue();
    });
    assertThat(comparison.later().totals(Perspective.PERSON).unmet()).isEqualTo(1);
  }
}

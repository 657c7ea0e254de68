package org.homeward.placement.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A home the person does not hold, or one shared by too many unrelated people, may be a mini-institution. */
class PlacementTest {

  private static final int LIMIT = 4;
  private static final LocalDate ADMITTED = LocalDate.of(2001, 1, 1);
  private static final LocalDate ASSESSED = LocalDate.of(2026, 2, 1);

  @ParameterizedTest(name = "{0}, {1} unrelated people: risk {2}")
  @CsvSource({
    "PERSON, 1, false",
    "PERSON, 4, false",
    "PERSON, 5, true",
    "PROVIDER, 1, true",
    "FAMILY, 2, true",
    "OTHER, 1, true"
  })
  void theRiskFollowsTheTenancyAndTheNumberOfUnrelatedPeople(TenancyHolder holder, int unrelated, boolean risk) {
    assertThat(new Placement(Arrangement.SUPPORTED_HOUSING, "1 Main St", holder, unrelated).miniInstitutionRisk(LIMIT)).isEqualTo(risk);
  }

  @Test
  void aRiskyHomeNeedsItsJustification() {
    Placement group = new Placement(Arrangement.SHARED_HOUSING, "2 Main St", TenancyHolder.PROVIDER, 6);

    assertThat(group.crossFieldErrors(LIMIT, ADMITTED, ASSESSED)).extracting(FieldError::field).containsExactly("justification");
    group.setJustification("Temporary for three months while the person's own flat is adapted; she agreed.");
    assertThat(group.crossFieldErrors(LIMIT, ADMITTED, ASSESSED)).isEmpty();
    assertThat(new Placement(Arrangement.INDEPENDENT_LIVING, "3 Main St", TenancyHolder.PERSON, 1).crossFieldErrors(LIMIT, ADMITTED, ASSESSED)).isEmpty();
  }

  @Test
  void aHomeIsSecuredOnceItHasAMoveInDateNotBeforeTheAdmission() {
    Placement home = new Placement(Arrangement.INDEPENDENT_LIVING, "3 Main St", TenancyHolder.PERSON, 1);
    assertThat(home.secured()).isFalse();
    home.setMoveInOn(ADMITTED.minusDays(1));
    assertThat(home.crossFieldErrors(LIMIT, ADMITTED, ASSESSED)).extracting(FieldError::field).containsExactly("moveInOn");
    home.setMoveInOn(LocalDate.of(2027, 3, 1));
    assertThat(home.secured()).isTrue();
  }

  @Test
  void noMoveInDateBeforeTheNeedsWereAssessed() {
    Placement home = new Placement(Arrangement.INDEPENDENT_LIVING, "3 Main St", TenancyHolder.PERSON, 1);
    home.setMoveInOn(ASSESSED.minusDays(1));
    assertThat(home.crossFieldErrors(LIMIT, ADMITTED, ASSESSED)).extracting(FieldError::message)
        .containsExactly("{placement.moveInOn.beforeAssessment}");
    assertThat(home.crossFieldErrors(LIMIT, ADMITTED, null)).extracting(FieldError::message)
        .containsExactly("{placement.moveInOn.noAssessment}");
    home.setMoveInOn(ASSESSED);
    assertThat(home.crossFieldErrors(LIMIT, ADMITTED, ASSESSED)).isEmpty();
  }

  @Test
  void aPreMoveDiscussionConfirmsAllOnlyWhenEveryPlannedServiceIsConfirmed() {
    PreMoveDiscussion none = new PreMoveDiscussion(LocalDate.of(2026, 11, 1), "Ana, her sister, the housing officer", List.of());
    assertThat(none.allConfirmed()).isFalse();
    PreMoveDiscussion some = new PreMoveDiscussion(LocalDate.of(2026, 11, 1), "Ana", List.of(
        new PlannedService("Personal assistance, 20 hours a week", "City assistance service", true, true),
        new PlannedService("Sunday lunches", "Her sister", false, false)));
    assertThat(some.allConfirmed()).isFalse();
    some.getServices().get(1).setConfirmed(true);
    assertThat(some.allConfirmed()).isTrue();
  }
}

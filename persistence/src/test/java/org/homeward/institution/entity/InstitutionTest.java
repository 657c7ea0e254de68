package org.homeward.institution.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.homeward.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstitutionTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private static Institution institution(int residents) {
    return new Institution("PH-01", "North Hospital", InstitutionType.PSYCHIATRIC_HOSPITAL, Ownership.PUBLIC, "North", 120, residents);
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @CsvSource({
    "OPERATING, DOWNSIZING, true",
    "OPERATING, CLOSED, true",
    "DOWNSIZING, CLOSED, true",
    "CLOSED, REPURPOSED, true",
    "DOWNSIZING, OPERATING, false",
    "CLOSED, DOWNSIZING, false",
    "REPURPOSED, CLOSED, false"
  })
  void statusOnlyMovesForward(InstitutionStatus from, InstitutionStatus to, boolean allowed) {
    Institution institution = institution(0);
    institution.changeStatus(from);
    if (allowed) {
      institution.changeStatus(to);
      assertThat(institution.getStatus()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> institution.changeStatus(to))
          .isInstanceOf(RuleViolationException.class)
          .hasMessage("institution.status.backwards");
      assertThat(institution.getStatus()).isEqualTo(from);
    }
  }

  @ParameterizedTest
  @CsvSource({"CLOSED", "REPURPOSED"})
  void cannotBeClosedWhilePeopleStillLiveThere(InstitutionStatus closed) {
    Institution institution = institution(1);
    assertThatThrownBy(() -> institution.changeStatus(closed))
        .isInstanceOf(RuleViolationException.class)
        .hasMessage("institution.status.residentsRemain");
    assertThat(institution.getStatus()).isEqualTo(InstitutionStatus.OPERATING);
  }

  @Test
  void updateAppliesStatusThroughTheRules() {
    Institution stored = institution(40);
    Institution edited = institution(40);
    edited.setStatus(InstitutionStatus.CLOSED);
    assertThatThrownBy(() -> stored.updateFrom(edited)).isInstanceOf(RuleViolationException.class);

    edited.setCurrentResidents(0);
    edited.setName("North Hospital (closing)");
    stored.updateFrom(edited);
    assertThat(stored.getStatus()).isEqualTo(InstitutionStatus.CLOSED);
    assertThat(stored.getName()).isEqualTo("North Hospital (closing)");
  }

  @Test
  void codeIsStoredInCapitals() {
    Institution institution = new Institution();
    institution.setCode("  ph-02 ");
    assertThat(institution.getCode()).isEqualTo("PH-02");
  }

  @Test
  void unitBedsAddUp() {
    Institution institution = institution(0);
    institution.addUnit(new Unit("Ward A", 40, LocalDate.of(2027, 1, 1)));
    institution.addUnit(new Unit("Ward B", 25, null));
    assertThat(institution.plannedBedsInUnits()).isEqualTo(65);
    assertThat(institution.getUnits()).allSatisfy(u -> assertThat(u.getInstitution()).isSameAs(institution));
  }

  @Test
  void aValidInstitutionHasNoViolations() {
    assertThat(VALIDATOR.validate(institution(10))).isEmpty();
  }

  @Test
  void eachBadFieldIsReported() {
    Institution bad = new Institution("bad code!", " ", null, null, "", -1, null);
    bad.setAdmissionsStoppedOn(LocalDate.now().plusDays(3));
    assertThat(VALIDATOR.validate(bad))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("code", "name", "type", "ownership", "region", "bedCapacity", "currentResidents", "admissionsStoppedOn");
  }

  @Test
  void codeMessageExplainsTheFormat() {
    Institution bad = institution(0);
    bad.setCode("ph 01");
    assertThat(VALIDATOR.validate(bad)).singleElement()
        .satisfies(v -> assertThat(v.getMessage()).contains("capital letters"));
  }
}

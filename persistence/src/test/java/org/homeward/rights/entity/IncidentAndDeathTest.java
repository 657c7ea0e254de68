package org.homeward.rights.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.homeward.problem.FieldError;
import org.junit.jupiter.api.Test;

class IncidentAndDeathTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Test
  void aReportComesNoEarlierThanWhatItReportsAndNeitherLiesAhead() {
    assertThat(new Incident(IncidentKind.NEGLECT, TODAY.minusDays(3), TODAY, "x").crossFieldErrors(TODAY)).isEmpty();
    assertThat(new Incident(IncidentKind.NEGLECT, TODAY.minusDays(3), TODAY.minusDays(4), "x").crossFieldErrors(TODAY))
        .extracting(FieldError::field).containsExactly("reportedOn");
    assertThat(new Incident(IncidentKind.ABUSE, TODAY.plusDays(1), TODAY.plusDays(1), "x").crossFieldErrors(TODAY))
        .extracting(FieldError::field).containsExactly("occurredOn", "reportedOn");
  }

  @Test
  void anIndependentReviewNamesWhoDidIt() {
    Death death = new Death(TODAY.minusDays(10), "Heart failure");
    death.setIndependentlyReviewed(true);
    assertThat(death.crossFieldErrors(TODAY)).extracting(FieldError::field).containsExactly("reviewedBy");
    death.setReviewedBy("Regional coroner");
    assertThat(death.crossFieldErrors(TODAY)).isEmpty();
    assertThat(new Death(TODAY.plusDays(1), "x").crossFieldErrors(TODAY)).extracting(FieldError::field).containsExactly("diedOn");
  }
}

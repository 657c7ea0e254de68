package org.homeward.rights.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityRightsAssessmentTest {

  private static final Map<String, QualityRightsStandard> STANDARDS = Map.of(
      "4.1", new QualityRightsStandard("4.1", QualityRightsTheme.FREEDOM_FROM_ILL_TREATMENT, "Free from abuse", 17),
      "4.2", new QualityRightsStandard("4.2", QualityRightsTheme.FREEDOM_FROM_ILL_TREATMENT, "Alternatives to seclusion", 18),
      "4.4", new QualityRightsStandard("4.4", QualityRightsTheme.FREEDOM_FROM_ILL_TREATMENT, "No experimentation", 20),
      "5.2", new QualityRightsStandard("5.2", QualityRightsTheme.LIVING_IN_THE_COMMUNITY, "Education and work", 23),
      "1.1", new QualityRightsStandard("1.1", QualityRightsTheme.STANDARD_OF_LIVING, "Building", 1));

  @Test
  void aThemesShareIsItsPointsOverWhatItsApplicableStandardsCouldScore() {
    QualityRightsAssessment assessment = new QualityRightsAssessment(LocalDate.of(2026, 3, 1), "QualityRights team", Map.of(
        "4.1", QualityRightsScore.ACHIEVED_PARTIALLY, "4.2", QualityRightsScore.INITIATED, "4.4", QualityRightsScore.NOT_APPLICABLE,
        "5.2", QualityRightsScore.NOT_INITIATED, "1.1", QualityRightsScore.NOT_APPLICABLE));

    assertThat(assessment.themeShares(STANDARDS))
        .containsEntry(QualityRightsTheme.FREEDOM_FROM_ILL_TREATMENT, new java.math.BigDecimal("50"))
        .containsEntry(QualityRightsTheme.LIVING_IN_THE_COMMUNITY, new java.math.BigDecimal("0"))
        .doesNotContainKey(QualityRightsTheme.STANDARD_OF_LIVING)
        .doesNotContainKey(QualityRightsTheme.HEALTH);
  }
}

package org.homeward.rights.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsScore;
import org.homeward.rights.entity.QualityRightsStandard;

/**
 * A QualityRights assessment: {@code scores} by standard code (e.g. {@code "4.2":"ACHIEVED_PARTIALLY"}),
 * and, read-only, each theme's points as a percentage of what its applicable standards could score.
 */
public record QualityRightsJson(Long id, Long version, LocalDate assessedOn, String assessors, String notes,
    @Schema(description = "by standard code: ACHIEVED_IN_FULL, ACHIEVED_PARTIALLY, INITIATED, NOT_INITIATED or NOT_APPLICABLE")
    Map<String, String> scores,
    @Schema(readOnly = true) Map<String, BigDecimal> themeShares,
    @Schema(readOnly = true) String recordedBy,
    @Schema(readOnly = true) Instant recordedAt) {

  static QualityRightsJson of(QualityRightsAssessment a, Map<String, QualityRightsStandard> standards) {
    Map<String, String> scores = new LinkedHashMap<>();
    standards.keySet().stream().filter(a.getScores()::containsKey).forEach(code -> scores.put(code, a.getScores().get(code).name()));
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    a.themeShares(standards).forEach((theme, share) -> shares.put(theme.name(), share));
    return new QualityRightsJson(a.getId(), a.getVersion(), a.getAssessedOn(), a.getAssessors(), a.getNotes(), scores, shares,
        a.getRecordedBy(), a.getRecordedAt());
  }

  QualityRightsAssessment toAssessment() {
    List<FieldError> errors = new ArrayList<>();
    Map<String, QualityRightsScore> parsed = new LinkedHashMap<>();
    if (scores != null) {
      scores.forEach((code, score) -> parsed.put(code, EnumParam.parse(QualityRightsScore.class, score, "scores", errors)));
    }
    InvalidInputException.throwIfAny(errors);
    QualityRightsAssessment assessment = new QualityRightsAssessment(assessedOn, assessors, parsed);
    assessment.setNotes(notes);
    return assessment;
  }
}

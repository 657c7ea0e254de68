package org.homeward.assessment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.homeward.assessment.entity.AssessmentComparison;
import org.homeward.assessment.entity.NeedsAssessment;

/** Two assessments, earlier first, their totals, and each domain whose need rating moved. */
public record ComparisonJson(Side earlier, Side later, List<Change> changes) {

  public record Side(long id, LocalDate assessedOn, TotalsJson totals) {

    static Side of(NeedsAssessment a) {
      return new Side(a.getId(), a.getAssessedOn(), TotalsJson.of(a));
    }
  }

  public record Change(int code, String label, Integer personBefore, Integer personAfter, Integer staffBefore, Integer staffAfter,
      boolean improvedForPerson) {}

  static ComparisonJson of(AssessmentComparison c, Locale locale) {
    return new ComparisonJson(Side.of(c.earlier()), Side.of(c.later()), c.changes().stream()
        .map(ch -> new Change(ch.domain().getCode(), DomainLabels.of(ch.domain(), locale), ch.personBefore(), ch.personAfter(),
            ch.staffBefore(), ch.staffAfter(), ch.improvedForPerson()))
        .toList());
  }
}

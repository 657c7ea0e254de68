package org.homeward.assessment.api;

import org.homeward.assessment.entity.NeedTotals;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.assessment.entity.Perspective;

/** Met and unmet needs as the person, staff and a carer see them. */
public record TotalsJson(NeedTotals person, NeedTotals staff, NeedTotals carer) {

  static TotalsJson of(NeedsAssessment a) {
    return new TotalsJson(a.totals(Perspective.PERSON), a.totals(Perspective.STAFF), a.totals(Perspective.CARER));
  }
}

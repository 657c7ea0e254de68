package org.homeward.rights.api;

import java.util.Map;
import org.homeward.api.EnumParam;
import org.homeward.rights.boundary.IncidentFigures;

/** Reports by kind and deaths of the last 12 months; when {@code suppressed}, a {@code null} count is withheld. */
public record IncidentFiguresJson(boolean suppressed, int threshold, Map<String, Long> reportsByKind, Long deaths, Long deathsReviewed) {

  static IncidentFiguresJson of(IncidentFigures f) {
    return new IncidentFiguresJson(f.suppressed(), f.threshold(), EnumParam.byName(f.reportsByKind()), f.deaths(), f.deathsReviewed());
  }
}

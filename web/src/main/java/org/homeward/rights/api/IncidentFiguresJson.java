package org.homeward.rights.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.rights.boundary.IncidentFigures;

/** Reports by kind and deaths of the last 12 months; when {@code suppressed}, a {@code null} count is withheld. */
public record IncidentFiguresJson(boolean suppressed, int threshold, Map<String, Long> reportsByKind, Long deaths, Long deathsReviewed) {

  static IncidentFiguresJson of(IncidentFigures f) {
    Map<String, Long> byKind = new LinkedHashMap<>();
    f.reportsByKind().forEach((k, v) -> byKind.put(k.name(), v));
    return new IncidentFiguresJson(f.suppressed(), f.threshold(), byKind, f.deaths(), f.deathsReviewed());
  }
}

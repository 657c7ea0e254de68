package org.homeward.rights.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.rights.boundary.ComplaintFigures;

/** An institution's complaints in numbers; when {@code suppressed}, a {@code null} count is withheld. */
public record ComplaintFiguresJson(boolean suppressed, int threshold, Map<String, Long> byStatus, Map<String, Long> awaitingByAge,
    Long overdue, Long answeredOnTime, Long answeredLate) {

  static ComplaintFiguresJson of(ComplaintFigures f) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    f.byStatus().forEach((k, v) -> byStatus.put(k.name(), v));
    Map<String, Long> byAge = new LinkedHashMap<>();
    f.awaitingByAge().forEach((k, v) -> byAge.put(k.name(), v));
    return new ComplaintFiguresJson(f.suppressed(), f.threshold(), byStatus, byAge, f.overdue(), f.answeredOnTime(), f.answeredLate());
  }
}

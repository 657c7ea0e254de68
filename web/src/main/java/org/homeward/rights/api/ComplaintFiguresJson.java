package org.homeward.rights.api;

import java.util.Map;
import org.homeward.api.EnumParam;
import org.homeward.rights.boundary.ComplaintFigures;

/** An institution's complaints in numbers; when {@code suppressed}, a {@code null} count is withheld. */
public record ComplaintFiguresJson(boolean suppressed, int threshold, Map<String, Long> byStatus, Map<String, Long> awaitingByAge,
    Long overdue, Long answeredOnTime, Long answeredLate) {

  static ComplaintFiguresJson of(ComplaintFigures f) {
    return new ComplaintFiguresJson(f.suppressed(), f.threshold(), EnumParam.byName(f.byStatus()), EnumParam.byName(f.awaitingByAge()), f.overdue(), f.answeredOnTime(), f.answeredLate());
  }
}

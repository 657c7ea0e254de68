package org.homeward.rights.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.rights.boundary.CoercionFigures;

/**
 * Coercive practice month by month per 1,000 resident-days, by kind. When {@code suppressed}, a
 * {@code null} count or rate is withheld because it lies between 1 and {@code threshold}.
 */
public record CoercionFiguresJson(boolean suppressed, int threshold, List<MonthJson> months) {

  public record MonthJson(String month, long residentDays, Map<String, Long> events, Map<String, BigDecimal> perThousand, Long total,
      BigDecimal totalPerThousand, BigDecimal seclusionHours, BigDecimal restraintHours) {}

  static CoercionFiguresJson of(CoercionFigures f) {
    return new CoercionFiguresJson(f.suppressed(), f.threshold(), f.months().stream().map(m -> {
      Map<String, Long> events = new LinkedHashMap<>();
      m.events().forEach((k, v) -> events.put(k.name(), v));
      Map<String, BigDecimal> rates = new LinkedHashMap<>();
      m.events().keySet().forEach(k -> rates.put(k.name(), m.perThousand().get(k)));
      return new MonthJson(m.month().toString(), m.residentDays(), events, rates, m.total(), m.totalPerThousand(), m.seclusionHours(),
          m.restraintHours());
    }).toList());
  }
}

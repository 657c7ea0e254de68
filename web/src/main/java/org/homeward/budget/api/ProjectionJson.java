package org.homeward.budget.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.homeward.budget.control.Projection;

/**
 * A month-by-month projection and its double funding. Months are {@code yyyy-MM}; amounts in
 * {@code currency}. A month's double funding is its total minus the institution's pre-transition
 * monthly cost at that month's prices, where positive.
 */
public record ProjectionJson(String currency, DoubleFundingJson doubleFunding, List<MonthJson> months) {

  public record MonthJson(
      String month,
      int residents,
      int moved,
      BigDecimal institution,
      BigDecimal community,
      BigDecimal oneOff,
      BigDecimal total,
      BigDecimal baseline,
      BigDecimal doubleFunding,
      BigDecimal released,
      BigDecimal costPerResident,
      boolean overlap) {}

  public record DoubleFundingJson(
      String overlapStart,
      String overlapEnd,
      String first,
      String peakMonth,
      BigDecimal peak,
      BigDecimal total,
      String end,
      String closedIn,
      BigDecimal monthlySaving) {

    static DoubleFundingJson of(Projection.DoubleFunding d) {
      return new DoubleFundingJson(text(d.overlapStart()), text(d.overlapEnd()), text(d.first()), text(d.peakMonth()), d.peak(), d.total(),
          text(d.end()), text(d.closedIn()), d.monthlySaving());
    }
  }

  static ProjectionJson of(Projection p) {
    return new ProjectionJson(p.currency(), DoubleFundingJson.of(p.doubleFunding()), p.months().stream()
        .map(m -> new MonthJson(m.month().toString(), m.residents(), m.moved(), m.institution(), m.community(), m.oneOff(), m.total(),
            m.baseline(), m.doubleFunding(), m.released(), m.costPerResident(), m.overlap()))
        .toList());
  }

  static String text(YearMonth month) {
    return month == null ? null : month.toString();
  }
}

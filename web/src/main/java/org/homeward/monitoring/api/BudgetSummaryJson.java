package org.homeward.monitoring.api;

import java.math.BigDecimal;
import java.util.List;
import org.homeward.budget.boundary.BudgetFigures.YearFigures;
import org.homeward.budget.boundary.BudgetSummary;

/**
 * The dashboard's budget: per fiscal year and currency the budget and the spend with their community
 * shares (percent), and the projected double funding of the area's closures (months as
 * {@code 2027-08}); {@code institutionsWithoutModel} are left out of the projection.
 */
public record BudgetSummaryJson(List<YearJson> years, String projectionCurrency, String doubleFundingFirst, String doubleFundingPeakMonth,
    BigDecimal doubleFundingPeak, BigDecimal doubleFundingTotal, String doubleFundingEnd, long institutionsModelled,
    long institutionsWithoutModel) {

  public record YearJson(int year, String currency, BigDecimal budget, BigDecimal actual, BigDecimal communityShareOfBudget,
      BigDecimal communityShareOfActual) {}

  static BudgetSummaryJson of(BudgetSummary s) {
    return new BudgetSummaryJson(s.years().stream().map(BudgetSummaryJson::year).toList(), s.projectionCurrency(), text(s.doubleFundingFirst()),
        text(s.doubleFundingPeakMonth()), s.doubleFundingPeak(), s.doubleFundingTotal(), text(s.doubleFundingEnd()), s.institutionsModelled(),
        s.institutionsWithoutModel());
  }

  private static YearJson year(YearFigures y) {
    return new YearJson(y.year(), y.currency(), y.budget(), y.actual(), y.communityShareOfBudget(), y.communityShareOfActual());
  }

  private static String text(Object month) {
    return month == null ? null : month.toString();
  }
}

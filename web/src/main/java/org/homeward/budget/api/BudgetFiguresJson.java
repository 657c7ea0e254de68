package org.homeward.budget.api;

import java.math.BigDecimal;
import java.util.List;
import org.homeward.budget.boundary.BudgetFigures;

/** Per fiscal year and currency: budget (after reallocations) against actual spend, and the community share of each in percent. */
public record BudgetFiguresJson(List<Year> years) {

  public record Year(int year, String currency, BigDecimal budget, BigDecimal actual, BigDecimal communityBudget, BigDecimal communityActual,
      BigDecimal communityShareOfBudget, BigDecimal communityShareOfActual) {}

  static BudgetFiguresJson of(BudgetFigures f) {
    return new BudgetFiguresJson(f.years().stream().map(y -> new Year(y.year(), y.currency(), y.budget(), y.actual(), y.communityBudget(),
        y.communityActual(), y.communityShareOfBudget(), y.communityShareOfActual())).toList());
  }
}

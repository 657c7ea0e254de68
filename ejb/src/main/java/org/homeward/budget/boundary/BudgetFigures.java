package org.homeward.budget.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.homeward.budget.entity.BudgetLine;

/**
 * An institution's budget in numbers: each line with its money after reallocations and its spend,
 * and per fiscal year (and currency) plan against actual and the community share of both.
 */
public record BudgetFigures(List<LineFigures> lines, List<YearFigures> years) {

  /** A line: planned, moved in and out by reallocations, what it holds now ({@code budget}) and what was spent. */
  public record LineFigures(BudgetLine line, BigDecimal movedIn, BigDecimal movedOut, BigDecimal budget, BigDecimal actual) {}

  /** One fiscal year in one currency; shares in percent, null when there is nothing to share. */
  public record YearFigures(int year, String currency, BigDecimal budget, BigDecimal actual, BigDecimal communityBudget,
      BigDecimal communityActual) {

    public BigDecimal communityShareOfBudget() {
      return share(communityBudget, budget);
    }

    public BigDecimal communityShareOfActual() {
      return share(communityActual, actual);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
      return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
  }
}

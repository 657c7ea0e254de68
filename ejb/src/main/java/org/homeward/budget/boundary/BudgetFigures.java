package org.homeward.budget.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.budget.entity.BudgetLine;
import org.homeward.budget.entity.Reallocation;

/**
 * An institution's budget in numbers: each line with its money after reallocations and its spend,
 * and per fiscal year (and currency) plan against actual and the community share of both.
 */
public record BudgetFigures(List<LineFigures> lines, List<YearFigures> years) implements Serializable {

  /**
   * The figures of {@code lines} (in the order given), with the {@code reallocations} between them and
   * the actual spend per line id; years in the order their first line comes.
   */
  public static BudgetFigures of(List<BudgetLine> lines, List<Reallocation> reallocations, Map<Long, BigDecimal> spent) {
    Map<Long, BigDecimal> in = new LinkedHashMap<>();
    Map<Long, BigDecimal> out = new LinkedHashMap<>();
    for (Reallocation r : reallocations) {
      in.merge(r.getTo().getId(), r.getAmount(), BigDecimal::add);
      out.merge(r.getFrom().getId(), r.getAmount(), BigDecimal::add);
    }
    List<LineFigures> figures = new ArrayList<>();
    Map<String, YearFigures> years = new LinkedHashMap<>();
    for (BudgetLine line : lines) {
      BigDecimal movedIn = in.getOrDefault(line.getId(), BigDecimal.ZERO);
      BigDecimal movedOut = out.getOrDefault(line.getId(), BigDecimal.ZERO);
      BigDecimal budget = line.getPlannedAmount().add(movedIn).subtract(movedOut);
      BigDecimal actual = spent.getOrDefault(line.getId(), BigDecimal.ZERO);
      figures.add(new LineFigures(line, movedIn, movedOut, budget, actual));
      boolean community = line.getCategory().community();
      years.merge(line.getFiscalYear() + line.getCurrency(),
          new YearFigures(line.getFiscalYear(), line.getCurrency(), budget, actual, community ? budget : BigDecimal.ZERO,
              community ? actual : BigDecimal.ZERO),
          (a, b) -> new YearFigures(a.year(), a.currency(), a.budget().add(b.budget()), a.actual().add(b.actual()),
              a.communityBudget().add(b.communityBudget()), a.communityActual().add(b.communityActual())));
    }
    return new BudgetFigures(figures, List.copyOf(years.values()));
  }

  /** A line: planned, moved in and out by reallocations, what it holds now ({@code budget}) and what was spent. */
  public record LineFigures(BudgetLine line, BigDecimal movedIn, BigDecimal movedOut, BigDecimal budget, BigDecimal actual) implements Serializable {}

  /** One fiscal year in one currency; shares in percent, null when there is nothing to share. */
  public record YearFigures(int year, String currency, BigDecimal budget, BigDecimal actual, BigDecimal communityBudget,
      BigDecimal communityActual) implements Serializable {

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

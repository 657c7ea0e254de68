package org.homeward.budget.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.homeward.budget.boundary.BudgetFigures.YearFigures;
import org.junit.jupiter.api.Test;

class BudgetSummariesTest {

  private static YearFigures year(int year, String currency, String budget) {
    return new YearFigures(year, currency, new BigDecimal(budget), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
  }

  @Test
  void theLatestYearIsTheLatestNotAfterThisYearInTheCurrencyWithTheLargestBudget() {
    List<YearFigures> years = List.of(year(2025, "EUR", "10"), year(2026, "EUR", "100"), year(2026, "USD", "200"), year(2027, "EUR", "5"));

    assertThat(BudgetSummaries.latest(years, 2026)).isEqualTo(years.get(2));
    assertThat(BudgetSummaries.latest(years, 2030)).isEqualTo(years.get(3));
    assertThat(BudgetSummaries.latest(years, 2020)).as("all later: the first").isEqualTo(years.get(0));
    assertThat(BudgetSummaries.latest(List.of(), 2026)).isNull();
  }

  @Test
  void sharesAreNullWithoutBudgetOrSpend() {
    YearFigures empty = year(2026, "EUR", "0");
    BudgetSummary summary = new BudgetSummary(null, true, List.of(empty), empty, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, 0, 3);

    assertThat(summary.latestCommunityShareOfBudget()).isNull();
    assertThat(summary.latestCommunityShareOfActual()).isNull();
  }
}

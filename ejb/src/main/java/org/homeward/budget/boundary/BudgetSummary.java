package org.homeward.budget.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.homeward.budget.boundary.BudgetFigures.YearFigures;

/**
 * The budget and the double funding in a few figures, for the ministry's dashboard: the country (or
 * one region) as the caller may see it. Amounts are never added across currencies.
 *
 * @param region the region asked for; null for the whole country, "" for institutions without a region
 * @param nationalLinesIncluded whether the national budget lines (held for the whole country, not by an
 *     institution) are in {@code years}: only for the whole country, and never for a committee
 * @param years per fiscal year and currency, oldest first: {@code budget} is the sum of the planned
 *     amounts after reallocations (money moved between lines changes neither the year's total nor the
 *     country's, only its split), {@code actual} the sum of the actual spend recorded against those
 *     lines, {@code communityBudget} and {@code communityActual} the parts of each on community lines
 *     (every category except institution running costs and institution capital);
 *     {@code communityShareOfBudget()} and {@code communityShareOfActual()} are those parts in percent
 *     with one decimal (half up), null when the year has no budget or no spend
 * @param latestYear the entry of {@code years} the dashboard shows as "now": the latest fiscal year
 *     not after the current calendar year (the first year if all are later), in the currency with the
 *     largest budget that year; null when there are no budget lines
 * @param projectionCurrency the currency of the double-funding figures: the one most stored models use
 *     (institutions whose model is in another currency are left out of the figures); null if no
 *     institution has a model
 * @param doubleFundingFirst the first month in which the institutions together need double funding,
 *     i.e. in which at least one of them costs more than before its transition (its total cost that
 *     month minus its pre-transition monthly cost at that month's prices, where positive); null if none
 * @param doubleFundingPeakMonth the month in which the sum of the institutions' double funding is highest
 * @param doubleFundingPeak that sum in the peak month (zero when there is no double funding)
 * @param doubleFundingTotal the sum of every institution's double funding over every month of its
 *     model: the extra money the closures need beyond the institutions' existing budgets. One
 *     institution's saving is not set against another's overlap
 * @param doubleFundingEnd the last month in which any institution needs double funding; null if none
 * @param institutionsModelled institutions whose model is in the figures
 * @param institutionsWithoutModel institutions in the region and the caller's scope with no model stored
 *     yet: the figures leave them out, so a dashboard should say so when this is not zero
 */
public record BudgetSummary(
    String region,
    boolean nationalLinesIncluded,
    List<YearFigures> years,
    YearFigures latestYear,
    String projectionCurrency,
    YearMonth doubleFundingFirst,
    YearMonth doubleFundingPeakMonth,
    BigDecimal doubleFundingPeak,
    BigDecimal doubleFundingTotal,
    YearMonth doubleFundingEnd,
    long institutionsModelled,
    long institutionsWithoutModel) implements Serializable {

  /** The latest year's community share of the budget, in percent; null without a latest year or a budget. */
  public BigDecimal latestCommunityShareOfBudget() {
    return latestYear == null ? null : latestYear.communityShareOfBudget();
  }

  /** The latest year's community share of the spend, in percent; null without a latest year or any spend. */
  public BigDecimal latestCommunityShareOfActual() {
    return latestYear == null ? null : latestYear.communityShareOfActual();
  }
}

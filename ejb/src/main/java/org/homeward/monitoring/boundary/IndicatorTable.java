package org.homeward.monitoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.homeward.monitoring.control.PublishedTable;

/**
 * One indicator for one period: a row per area, a column per category of the breakdown (one
 * column "ALL" when not broken down), and the totals row and column. Numerator and denominator are
 * published tables with small counts suppressed; a rate is shown only where both counts are.
 *
 * @param asOf the day people were counted on
 * @param denominator null when the denominator is not a count of people (institutions, for residents per institution)
 * @param perInstitution institutions per area and in total, for residents per institution; null otherwise
 */
public record IndicatorTable(Indicator indicator, Period period, java.time.LocalDate asOf, Breakdown breakdown, List<Area> areas,
    List<String> categories, PublishedTable numerator, PublishedTable denominator, long[] perInstitution) implements Serializable {

  /** The numerator over the denominator where both may be shown and the denominator is not zero; else null. */
  public Double rate(int row, int column) {
    Long top = numerator.value(row, column);
    if (top == null) {
      return null;
    }
    if (perInstitution != null) {
      return perInstitution[row] == 0 ? null : (double) top / perInstitution[row];
    }
    Long bottom = denominator == null ? null : denominator.value(row, column);
    return bottom == null || bottom == 0 ? null : (double) top / bottom;
  }

  /** The rate as a reader sees it: a percentage, a ratio for residents per institution, or "x" where it would give a small count away. */
  public String rateLabel(int row, int column) {
    if (denominator == null && perInstitution == null) {
      return numerator.label(row, column);
    }
    Double rate = rate(row, column);
    if (rate == null) {
      return numerator.value(row, column) == null || denominator != null && denominator.value(row, column) == null ? "x" : "–";
    }
    return perInstitution != null ? String.format(java.util.Locale.ROOT, "%.1f", rate)
        : String.format(java.util.Locale.ROOT, "%.1f %%", 100 * rate);
  }

  /** "numerator / denominator" as labels, for a reader who wants the counts behind a rate; empty for a plain count. */
  public String counts(int row, int column) {
    if (denominator == null && perInstitution == null) {
      return "";
    }
    return numerator.label(row, column) + " / " + (denominator == null ? perInstitution[row] : denominator.label(row, column));
  }
}

package org.homeward.monitoring.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.monitoring.boundary.Area;
import org.homeward.monitoring.boundary.IndicatorTable;

/**
 * One indicator for one period as JSON. Every count is a label: the number, {@code "<5"} for a small
 * count (with the default threshold) or {@code "x"} where withheld so that no small one can be
 * worked out; {@code rate} is null wherever it would rest on a count not shown.
 */
public record IndicatorJson(String indicator, String period, LocalDate asOf, String breakdown, List<String> categories, List<Row> rows,
    Map<String, Cell> totals, Cell total) {

  /** Numerator and denominator labels and the rate (a share, or residents per institution). */
  public record Cell(String numerator, String denominator, Double rate) {}

  /** A region (drill down with {@code ?region=}) or an institution ({@code institutionId}). */
  public record Row(String area, String name, Long institutionId, Map<String, Cell> cells, Cell total) {}

  static IndicatorJson of(IndicatorTable t) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < t.areas().size(); i++) {
      Area area = t.areas().get(i);
      rows.add(new Row(area.key(), area.name(), area.institutionId(), cells(t, i), cell(t, i, t.categories().size())));
    }
    return new IndicatorJson(t.indicator().name(), t.period().code(), t.asOf(), t.breakdown().name(), t.categories(), rows,
        cells(t, t.areas().size()), cell(t, t.areas().size(), t.categories().size()));
  }

  private static Map<String, Cell> cells(IndicatorTable t, int row) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (int j = 0; j < t.categories().size(); j++) {
      cells.put(t.categories().get(j), cell(t, row, j));
    }
    return cells;
  }

  private static Cell cell(IndicatorTable t, int row, int column) {
    String denominator = t.denominator() != null ? t.denominator().label(row, column)
        : t.perInstitution() != null ? Long.toString(t.perInstitution()[row]) : null;
    return new Cell(t.numerator().label(row, column), denominator, t.rate(row, column));
  }
}

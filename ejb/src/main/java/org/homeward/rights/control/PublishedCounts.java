package org.homeward.rights.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.monitoring.control.CountTable;
import org.homeward.monitoring.control.PublishedTable;
import org.homeward.monitoring.control.SmallCellSuppression;

/**
 * The rights figures as they leave the institution, through the one small-cell rule of monitoring
 * ({@link SmallCellSuppression}): a breakdown is published as a table with its total, and a count is
 * {@code null} when it is small or withheld so that a small one cannot be worked back. A table with
 * too many small counts to protect within the usual work is shown by its row totals alone, and a
 * table the rule cannot make safe at all (it gives up when withholding everything would still
 * disclose) is withheld whole.
 */
public final class PublishedCounts {

  private PublishedCounts() {}

  /** A breakdown as published: each count or {@code null}, and their total or {@code null}. */
  public record Breakdown<K>(Map<K, Long> counts, Long total) {}

  /**
   * A table of rows by columns as published: each cell, each row's total, each column's total and
   * the grand total, or {@code null} where withheld.
   */
  public record Grid(Long[][] cells, Long[] rowTotals, Long[] columnTotals, Long grandTotal) {}

  /** Publishes {@code counts} (in their order) as one row with its total. */
  public static <K> Breakdown<K> breakdown(Map<K, Long> counts, SmallCellSuppression rule) {
    List<K> keys = new ArrayList<>(counts.keySet());
    long[][] cells = new long[1][keys.size()];
    for (int j = 0; j < keys.size(); j++) {
      cells[0][j] = counts.get(keys.get(j));
    }
    Grid grid = grid(cells, rule);
    Map<K, Long> shown = new LinkedHashMap<>();
    for (int j = 0; j < keys.size(); j++) {
      shown.put(keys.get(j), grid.cells()[0][j]);
    }
    return new Breakdown<>(shown, grid.rowTotals()[0]);
  }

  /** Publishes a single count: {@code null} when it is small. */
  public static Long single(long count, SmallCellSuppression rule) {
    return grid(new long[][] {{count}}, rule).cells()[0][0];
  }

  /** Publishes a table of counts with the totals of its rows and columns; rows of equal length. */
  public static Grid grid(long[][] cells, SmallCellSuppression rule) {
    if (cells.length == 0 || cells[0].length == 0) {
      return new Grid(new Long[cells.length][0], new Long[cells.length], new Long[cells.length == 0 ? 0 : cells[0].length], null);
    }
    PublishedTable table;
    try {
      table = rule.publishOrRowTotals(CountTable.of(cells));
    } catch (IllegalStateException e) {
      // The rule found no safe way to show any of it (every count small, and their labels alone give one away): show none
      Long[][] none = new Long[cells.length][cells[0].length];
      return new Grid(none, new Long[cells.length], new Long[cells[0].length], null);
    }
    Long[][] shown = new Long[table.rows()][table.columns()];
    Long[] totals = new Long[table.rows()];
    for (int i = 0; i < table.rows(); i++) {
      for (int j = 0; j < table.columns(); j++) {
        shown[i][j] = table.value(i, j);
      }
      totals[i] = table.value(i, table.columns());
    }
    Long[] columnTotals = new Long[table.columns()];
    for (int j = 0; j < table.columns(); j++) {
      columnTotals[j] = table.value(table.rows(), j);
    }
    return new Grid(shown, totals, columnTotals, table.value(table.rows(), table.columns()));
  }
}

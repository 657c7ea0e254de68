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
 * {@code null} when it is small or withheld so that a small one cannot be worked back.
 */
public final class PublishedCounts {

  private PublishedCounts() {}

  /** A breakdown as published: each count or {@code null}, and their total or {@code null}. */
  public record Breakdown<K>(Map<K, Long> counts, Long total) {}

  /** A table of rows by columns as published: each cell or {@code null}, each row's total or {@code null}. */
  public record Grid(Long[][] cells, Long[] rowTotals) {}

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
      return new Grid(new Long[cells.length][0], new Long[cells.length]);
    }
    PublishedTable table = rule.publish(CountTable.of(cells));
    Long[][] shown = new Long[table.rows()][table.columns()];
    Long[] totals = new Long[table.rows()];
    for (int i = 0; i < table.rows(); i++) {
      for (int j = 0; j < table.columns(); j++) {
        shown[i][j] = table.value(i, j);
      }
      totals[i] = table.value(i, table.columns());
    }
    return new Grid(shown, totals);
  }
}

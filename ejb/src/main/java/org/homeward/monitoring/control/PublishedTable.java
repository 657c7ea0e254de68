package org.homeward.monitoring.control;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A count table as it may be shown: every cell, total and the grand total either shown, shown only
 * as "fewer than threshold + 1" (a small count), or withheld so that no small count can be worked
 * back from the others.
 */
public final class PublishedTable implements Serializable {

  /** How a cell of the table is shown. */
  public enum Shown { VALUE, SMALL, WITHHELD }

  private final CountTable table;
  private final Shown[][] shown;
  private final int threshold;

  PublishedTable(CountTable table, Shown[][] shown, int threshold) {
    this.table = table;
    this.shown = shown;
    this.threshold = threshold;
  }

  public Shown shown(int row, int column) {
    return shown[row][column];
  }

  /** The count if it is shown, else null. */
  public Long value(int row, int column) {
    return shown[row][column] == Shown.VALUE ? table.value(row, column) : null;
  }

  /** The count as a reader sees it: the number, "<5" for a small count (threshold 4), or "x" where withheld. */
  public String label(int row, int column) {
    return switch (shown[row][column]) {
      case VALUE -> Long.toString(table.value(row, column));
      case SMALL -> "<" + (threshold + 1);
      case WITHHELD -> "x";
    };
  }

  public int rows() {
    return table.rows();
  }

  public int columns() {
    return table.columns();
  }

  public int threshold() {
    return threshold;
  }

  /** A table shown whole: counts that are not of people, such as institutions. */
  public static PublishedTable whole(CountTable table) {
    Shown[][] shown = new Shown[table.rows() + 1][table.columns() + 1];
    for (Shown[] row : shown) {
      Arrays.fill(row, Shown.VALUE);
    }
    return new PublishedTable(table, shown, 0);
  }

  /**
   * {@code table} shown by its area totals alone, each as it is in {@code totals} (a table of one
   * column with the same rows); every category withheld, as for a breakdown too fine to publish,
   * but for those of a total shown as 0.
   */
  public static PublishedTable categoriesWithheld(CountTable table, PublishedTable totals) {
    Shown[][] shown = new Shown[table.rows() + 1][table.columns() + 1];
    for (int i = 0; i <= table.rows(); i++) {
      Arrays.fill(shown[i], Long.valueOf(0).equals(totals.value(i, 1)) ? Shown.VALUE : Shown.WITHHELD);
      shown[i][table.columns()] = totals.shown(i, 1);
    }
    return new PublishedTable(table, shown, totals.threshold());
  }

  /** The totals column alone, as a table of one column, each total shown as it is here. */
  public PublishedTable totalsColumn() {
    long[][] totals = new long[rows()][1];
    Shown[][] column = new Shown[rows() + 1][2];
    for (int i = 0; i <= rows(); i++) {
      if (i < rows()) {
        totals[i][0] = table.value(i, columns());
      }
      column[i][0] = shown[i][columns()];
      column[i][1] = shown[i][columns()];
    }
    return new PublishedTable(CountTable.of(totals), column, threshold);
  }
}

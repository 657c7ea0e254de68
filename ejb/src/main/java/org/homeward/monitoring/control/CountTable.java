package org.homeward.monitoring.control;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A two-way table of counts as it would be published: the cells, each row's total in an extra last
 * column, each column's total in an extra last row, and the grand total in the corner. Row
 * {@code rows()} and column {@code columns()} are the totals.
 */
public final class CountTable implements Serializable {

  private final long[][] grid;

  private CountTable(long[][] grid) {
    this.grid = grid;
  }

  /** The table of {@code cells} (rows of equal length, no negative count) with its totals added. */
  public static CountTable of(long[][] cells) {
    int rows = cells.length;
    int columns = rows == 0 ? 0 : cells[0].length;
    long[][] grid = new long[rows + 1][columns + 1];
    for (int i = 0; i < rows; i++) {
      if (cells[i].length != columns) {
        throw new IllegalArgumentException("row " + i + " has " + cells[i].length + " cells, not " + columns);
      }
      for (int j = 0; j < columns; j++) {
        if (cells[i][j] < 0) {
          throw new IllegalArgumentException("negative count at " + i + "," + j);
        }
        grid[i][j] = cells[i][j];
        grid[i][columns] += cells[i][j];
        grid[rows][j] += cells[i][j];
        grid[rows][columns] += cells[i][j];
      }
    }
    return new CountTable(grid);
  }

  /** Rows of cells, not counting the totals row. */
  public int rows() {
    return grid.length - 1;
  }

  /** Columns of cells, not counting the totals column. */
  public int columns() {
    return grid[0].length - 1;
  }

  /** A cell, a row or column total ({@code column == columns()} or {@code row == rows()}) or the grand total. */
  public long value(int row, int column) {
    return grid[row][column];
  }

  /** Each row's total, as a table of one column. */
  public CountTable rowTotals() {
    long[][] totals = new long[rows()][1];
    for (int i = 0; i < rows(); i++) {
      totals[i][0] = value(i, columns());
    }
    return of(totals);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(grid);
  }
}

package org.homeward.monitoring.control;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.homeward.monitoring.control.PublishedTable.Shown;

/**
 * Makes a count table safe to publish. Every count from 1 to the threshold (a cell, a total or the
 * grand total) is shown only as small; then, while a reader could still narrow a hidden cell from
 * the rest of the table ({@link DisclosureAudit}), one more cell in its row or column is withheld:
 * the smallest that can absorb a small count's range, or failing that the largest.
 */
public final class SmallCellSuppression {

  public static final int DEFAULT_THRESHOLD = 4;

  private final int threshold;

  public SmallCellSuppression(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    this.threshold = threshold;
  }

  public PublishedTable publish(CountTable table) {
    Shown[][] shown = new Shown[table.rows() + 1][table.columns() + 1];
    for (int i = 0; i <= table.rows(); i++) {
      for (int j = 0; j <= table.columns(); j++) {
        long value = table.value(i, j);
        shown[i][j] = value >= 1 && value <= threshold ? Shown.SMALL : Shown.VALUE;
      }
    }
    PublishedTable published = new PublishedTable(table, shown, threshold);
    for (Optional<DisclosureAudit.Range> exposed = new DisclosureAudit(published).firstDisclosed(); exposed.isPresent();
        exposed = new DisclosureAudit(published).firstDisclosed()) {
      int[] partner = partner(table, shown, exposed.get().row(), exposed.get().column());
      shown[partner[0]][partner[1]] = Shown.WITHHELD;
    }
    return published;
  }

  /**
   * The cell to withhold next beside the exposed one: a shown cell of its row or column (the
   * smallest that can absorb a small count's range, else the largest); failing that, a small count
   * of its row or column, whose "small" label itself gave the range away; failing that, any shown
   * cell; and at last the exposed cell's own label. Each step hides more, so the loop ends.
   */
  private int[] partner(CountTable table, Shown[][] shown, int row, int column) {
    Comparator<int[]> smallestAbleToAbsorb = Comparator.comparing((int[] c) -> table.value(c[0], c[1]) <= threshold)
        .thenComparingLong(c -> table.value(c[0], c[1]));
    return line(table, row, column).filter(c -> shown[c[0]][c[1]] == Shown.VALUE).min(smallestAbleToAbsorb)
        .or(() -> line(table, row, column).filter(c -> shown[c[0]][c[1]] == Shown.SMALL && !(c[0] == row && c[1] == column)).findFirst())
        .or(() -> all(table).filter(c -> shown[c[0]][c[1]] == Shown.VALUE).findFirst())
        .orElseGet(() -> {
          if (shown[row][column] == Shown.WITHHELD) {
            throw new IllegalStateException("a table with every cell withheld still discloses one: " + table);
          }
          return new int[] {row, column};
        });
  }

  /** The cells of a row and of a column, totals included. */
  private static Stream<int[]> line(CountTable table, int row, int column) {
    return Stream.concat(IntStream.rangeClosed(0, table.columns()).mapToObj(j -> new int[] {row, j}),
        IntStream.rangeClosed(0, table.rows()).mapToObj(i -> new int[] {i, column}));
  }

  private static Stream<int[]> all(CountTable table) {
    return IntStream.rangeClosed(0, table.rows()).boxed()
        .flatMap(i -> IntStream.rangeClosed(0, table.columns()).mapToObj(j -> new int[] {i, j}));
  }
}

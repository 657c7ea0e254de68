package org.homeward.monitoring.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.homeward.monitoring.control.PublishedTable.Shown;

/**
 * Makes count tables safe to publish, alone or together. Every count from 1 to the threshold (a
 * cell, a total or the grand total) is shown only as small; then, while a reader could still narrow
 * a hidden count from everything published with it ({@link DisclosureAudit}), one more count tied to
 * it is withheld: its twin in another table first, else the smallest of its row or column that can
 * absorb a small count's range, or failing that the largest.
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
    return publish(LinkedTables.of(table)).get(0);
  }

  /** The tables as they may be shown together, in the order they were added. */
  public List<PublishedTable> publish(LinkedTables tables) {
    Shown[] shown = new Shown[tables.size()];
    for (int c = 0; c < shown.length; c++) {
      long value = tables.value(c);
      shown[c] = value >= 1 && value <= threshold ? Shown.SMALL : Shown.VALUE;
    }
    DisclosureAudit audit = new DisclosureAudit(tables, shown, threshold);
    for (List<DisclosureAudit.Range> exposed = audit.disclosed(); !exposed.isEmpty(); exposed = audit.disclosed()) {
      Set<Integer> partners = new HashSet<>();
      for (DisclosureAudit.Range range : exposed) {
        if (!partners.contains(range.cell())) {
          partners.add(partner(tables, shown, range.cell()));
        }
      }
      partners.forEach(c -> shown[c] = Shown.WITHHELD);
    }
    List<PublishedTable> published = new ArrayList<>();
    for (int t = 0; t < tables.tables(); t++) {
      CountTable table = tables.table(t);
      Shown[][] grid = new Shown[table.rows() + 1][table.columns() + 1];
      for (int i = 0; i <= table.rows(); i++) {
        for (int j = 0; j <= table.columns(); j++) {
          grid[i][j] = shown[tables.cell(t, i, j)];
        }
      }
      published.add(new PublishedTable(table, grid, threshold));
    }
    return published;
  }

  /**
   * The count to withhold next beside the exposed one: the nearest shown count tied to it, directly
   * or through other hidden counts (a twin in another table first, then one it is summed with, the
   * smallest that can absorb a small count's range, else the largest, then a whole it is part of);
   * failing that, a small count summed with it, whose "small" label itself gave the range away;
   * failing that, any small count, and at last the exposed count's own label. Each step hides more,
   * so the loop ends.
   */
  private int partner(LinkedTables tables, Shown[] shown, int exposed) {
    Comparator<Integer> smallestAbleToAbsorb = Comparator.comparing((Integer c) -> tables.value(c) <= threshold)
        .thenComparingLong(tables::value);
    Set<Integer> reached = new HashSet<>(Set.of(exposed));
    for (Set<Integer> frontier = Set.of(exposed); !frontier.isEmpty(); ) {
      for (Kind kind : Kind.values()) {
        Optional<Integer> nearest = related(tables, frontier, kind).filter(c -> shown[c] == Shown.VALUE).min(smallestAbleToAbsorb);
        if (nearest.isPresent()) {
          return nearest.get();
        }
      }
      Set<Integer> next = new HashSet<>();
      for (Kind kind : Kind.values()) {
        related(tables, frontier, kind).filter(c -> shown[c] != Shown.VALUE && reached.add(c)).forEach(next::add);
      }
      frontier = next;
    }
    return related(tables, Set.of(exposed), Kind.SUM).filter(c -> shown[c] == Shown.SMALL && c != exposed).findFirst()
        .or(() -> IntStream.range(0, tables.size()).boxed().filter(c -> shown[c] == Shown.SMALL && c != exposed).findFirst())
        .orElseGet(() -> {
          if (shown[exposed] == Shown.WITHHELD) {
            throw new IllegalStateException("tables with every count withheld still disclose one");
          }
          return exposed;
        });
  }

  /** How a count is tied to another: the same count, summed together, or a part within its whole. */
  private enum Kind { TWIN, SUM, WHOLE }

  /** The counts tied to any of {@code cells} in the given way. */
  private static Stream<Integer> related(LinkedTables tables, Set<Integer> cells, Kind kind) {
    return tables.relations().stream()
        .filter(r -> (kind == Kind.TWIN ? r.sameCount() : kind == Kind.WHOLE ? r.atMost() : !r.sameCount() && !r.atMost())
            && IntStream.of(r.cells()).anyMatch(cells::contains))
        .flatMap(r -> IntStream.of(r.cells()).boxed()).filter(c -> !cells.contains(c)).distinct();
  }
}

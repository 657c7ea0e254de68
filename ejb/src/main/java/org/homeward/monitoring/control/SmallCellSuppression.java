package org.homeward.monitoring.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.homeward.monitoring.control.PublishedTable.Shown;

/**
 * Makes count tables safe to publish, alone or together. Every count from 1 to the threshold (a
 * cell, a total or the grand total) is shown only as small. Every sum or shared total that then
 * hides a single count gets a second hidden one, chosen to close a rectangle of hidden counts rather
 * than open new ties. Then, while a reader could still narrow a hidden count from everything
 * published with it ({@link DisclosureAudit}), the nearest counts tied to it are tried in turn and
 * the first that protects it is withheld.
 */
public final class SmallCellSuppression {

  public static final int DEFAULT_THRESHOLD = 4;

  /** How many of the nearest counts are tried as a partner for a count a reader could narrow. */
  private static final int CANDIDATES = 8;

  /** The tables suppressed last, by what their suppression depended on; their published form, or why they were too fine. */
  private static final Map<Worked, Object> WORKED_OUT = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Worked, Object> eldest) {
      return size() > KEPT;
    }
  });

  /** How many suppressions are kept: a country's indicators, dashboards and rights figures for a few periods. */
  private static final int KEPT = 2_000;

  private static final int USUAL_SOLVES = 150;
  private static final int USUAL_LINKED_HIDDEN = 120;

  private record Worked(int threshold, int maxSolves, int maxLinkedHidden, LinkedTables.Contents contents) {}

  private final int threshold;
  private final int maxSolves;
  private final int maxLinkedHidden;

  public SmallCellSuppression(int threshold) {
    this(threshold, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  private SmallCellSuppression(int threshold, int maxSolves, int maxLinkedHidden) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    this.threshold = threshold;
    this.maxSolves = maxSolves;
    this.maxLinkedHidden = maxLinkedHidden;
  }

  /**
   * The same suppression, giving up with {@link TooFine} once its audit has solved more than
   * {@code solves} linear programs, or once more than {@code linkedHidden} hidden counts are tied
   * together: tables that fine would mostly be withheld, after minutes of work. Both limits count
   * work, not time, so the same data always gives the same answer.
   */
  public SmallCellSuppression limitedTo(int solves, int linkedHidden) {
    return new SmallCellSuppression(threshold, solves, linkedHidden);
  }

  /** The work usually allowed to protect tables shown together: linear programs solved, and hidden counts tied together. */
  public SmallCellSuppression withUsualLimits() {
    return limitedTo(USUAL_SOLVES, USUAL_LINKED_HIDDEN);
  }

  /**
   * {@code table} as it may be shown: protected within the usual work or, when it is too fine for
   * that, by its row totals alone, its cells and column totals withheld. The row totals are one
   * column, protected however much work that takes; a withheld cell can then be anything from 0 to
   * its row's total.
   */
  public PublishedTable publishOrRowTotals(CountTable table) {
    try {
      return withUsualLimits().publish(table);
    } catch (TooFine e) {
      return PublishedTable.categoriesWithheld(table, new SmallCellSuppression(threshold).publish(table.rowTotals()));
    }
  }

  /** Tables too fine, with too many small counts, to be protected within the work allowed. */
  public static final class TooFine extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TooFine(String message) {
      super(message, null, false, false);
    }
  }

  public PublishedTable publish(CountTable table) {
    return publish(LinkedTables.of(table)).get(0);
  }

  /**
   * The tables as they may be shown together, in the order they were added. Suppression depends on
   * nothing but the counts and how they are tied, so tables suppressed before are not worked out again.
   */
  public List<PublishedTable> publish(LinkedTables tables) {
    Worked key = new Worked(threshold, maxSolves, maxLinkedHidden, tables.contents());
    Object before = WORKED_OUT.get(key);
    if (before == null) {
      try {
        before = suppress(tables);
      } catch (TooFine e) {
        before = e.getMessage();
      }
      WORKED_OUT.put(key, before);
    }
    if (before instanceof String tooFine) {
      throw new TooFine(tooFine);
    }
    @SuppressWarnings("unchecked")
    List<PublishedTable> published = (List<PublishedTable>) before;
    return published;
  }

  private List<PublishedTable> suppress(LinkedTables tables) {
    Shown[] shown = new Shown[tables.size()];
    for (int c = 0; c < shown.length; c++) {
      long value = tables.value(c);
      shown[c] = value >= 1 && value <= threshold ? Shown.SMALL : Shown.VALUE;
    }
    closeLoneHiddenCounts(tables, shown);
    DisclosureAudit audit = new DisclosureAudit(tables, shown, threshold, maxLinkedHidden, maxSolves);
    for (List<DisclosureAudit.Range> exposed = audit.disclosed(); !exposed.isEmpty(); exposed = audit.disclosed()) {
      for (DisclosureAudit.Range range : exposed) {
        // the first was found open under what is shown now; the others may have been closed by then
        if (range == exposed.get(0) || audit.narrows(range.cell())) {
          System.arraycopy(protect(tables, shown, audit, range.cell()), 0, shown, 0, shown.length);
        }
      }
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
    return List.copyOf(published);
  }

  /**
   * What is shown once {@code exposed} is protected: the candidates nearest to it are tried in turn
   * (each with the partners its own ties then need), and the first after which a reader can no
   * longer narrow it is kept; when none is enough alone, the nearest, and the next audit goes on.
   */
  private Shown[] protect(LinkedTables tables, Shown[] shown, DisclosureAudit audit, int exposed) {
    List<Integer> candidates = candidates(tables, shown, exposed);
    Shown[] first = null;
    for (int c : candidates) {
      Shown[] tried = shown.clone();
      tried[c] = Shown.WITHHELD;
      closeLoneHiddenCounts(tables, tried);
      if (first == null) {
        first = tried;
      }
      if (candidates.size() == 1 || !audit.narrows(exposed, tried)) {
        return tried;
      }
    }
    return first;
  }

  /**
   * The counts to try withholding beside the exposed one, nearest first: the shown counts tied to
   * it, directly or through other hidden counts (a twin in another table first, then those it is
   * summed with, the ones able to absorb a small count's range first, then a whole it is part of);
   * failing that, a small count summed with it, whose "small" label itself gave the range away;
   * failing that, any small count, and at last the exposed count's own label. Each step hides more,
   * so suppression ends.
   */
  private List<Integer> candidates(LinkedTables tables, Shown[] shown, int exposed) {
    Comparator<Integer> ableToAbsorbFirst = Comparator.comparing((Integer c) -> tables.value(c) <= threshold)
        .thenComparing((Integer c) -> opened(tables, shown, c))
        .thenComparingLong(tables::value);
    Set<Integer> reached = new HashSet<>(Set.of(exposed));
    List<Integer> candidates = new ArrayList<>();
    for (Set<Integer> frontier = Set.of(exposed); !frontier.isEmpty() && candidates.size() < CANDIDATES; ) {
      for (Kind kind : Kind.values()) {
        Set<Integer> from = frontier;
        // the best of each tie first, so that every way the count is worked out gets a try
        List<List<Integer>> perTie = ties(tables, frontier, kind)
            .map(r -> IntStream.of(r.cells()).boxed().filter(c -> !from.contains(c) && shown[c] == Shown.VALUE).sorted(ableToAbsorbFirst).toList())
            .toList();
        for (int k = 0; perTie.stream().anyMatch(tie -> !tie.isEmpty()); k++) {
          int rank = k;
          perTie = perTie.stream().filter(tie -> tie.size() > rank).toList();
          perTie.stream().map(tie -> tie.get(rank)).filter(c -> !candidates.contains(c)).forEach(candidates::add);
        }
      }
      Set<Integer> next = new HashSet<>();
      for (Kind kind : Kind.values()) {
        related(tables, frontier, kind).filter(c -> shown[c] != Shown.VALUE && reached.add(c)).forEach(next::add);
      }
      frontier = next;
    }
    if (!candidates.isEmpty()) {
      return candidates.subList(0, Math.min(CANDIDATES, candidates.size()));
    }
    return List.of(related(tables, Set.of(exposed), Kind.SUM).filter(c -> shown[c] == Shown.SMALL && c != exposed).findFirst()
        .or(() -> IntStream.range(0, tables.size()).boxed().filter(c -> shown[c] == Shown.SMALL && c != exposed).findFirst())
        .orElseGet(() -> {
          if (shown[exposed] == Shown.WITHHELD) {
            throw new IllegalStateException("tables with every count withheld still disclose one");
          }
          return exposed;
        }));
  }

  /**
   * Withholds a second count in every sum or twin that hides only one, which a reader would work out
   * by subtraction; each partner chosen to leave as few such ties behind as it can. This settles
   * most of what the linear programs would find, at a fraction of their cost, and keeps the partners
   * close together instead of spreading them across the tables.
   */
  private void closeLoneHiddenCounts(LinkedTables tables, Shown[] shown) {
    Deque<LinkedTables.Relation> pending = new ArrayDeque<>(tables.relations());
    while (!pending.isEmpty()) {
      LinkedTables.Relation tie = pending.pop();
      if (tie.atMost() || IntStream.of(tie.cells()).filter(c -> shown[c] != Shown.VALUE).count() != 1) {
        continue;
      }
      int partner = IntStream.of(tie.cells()).boxed().filter(c -> shown[c] == Shown.VALUE).min(closingFirst(tables, shown)).orElseThrow();
      shown[partner] = Shown.WITHHELD;
      pending.addAll(tables.relations(partner));
    }
  }

  /**
   * Partners that open the fewest new ties first (closing a rectangle of hidden counts), then those
   * able to absorb a small count's range, the smallest first.
   */
  private Comparator<Integer> closingFirst(LinkedTables tables, Shown[] shown) {
    return Comparator.comparing((Integer c) -> opened(tables, shown, c))
        .thenComparing((Integer c) -> tables.value(c) <= threshold)
        .thenComparingLong(tables::value);
  }

  /**
   * How many sums and twins withholding {@code cell} would leave with a single hidden count, each
   * then open to be worked out and needing a partner of its own. A partner that closes a rectangle
   * of hidden counts opens none; one that opens many spreads the suppression across the tables.
   */
  private static long opened(LinkedTables tables, Shown[] shown, int cell) {
    return tables.relations(cell).stream()
        .filter(r -> !r.atMost() && IntStream.of(r.cells()).noneMatch(c -> c != cell && shown[c] != Shown.VALUE))
        .count();
  }

  /** How a count is tied to another: the same count, summed together, or a part within its whole. */
  private enum Kind { TWIN, SUM, WHOLE }

  /** The counts tied to any of {@code cells} in the given way. */
  private static Stream<Integer> related(LinkedTables tables, Set<Integer> cells, Kind kind) {
    return ties(tables, cells, kind).flatMap(r -> IntStream.of(r.cells()).boxed()).filter(c -> !cells.contains(c)).distinct();
  }

  /** The relations of the given kind that tie any of {@code cells}. */
  private static Stream<LinkedTables.Relation> ties(LinkedTables tables, Set<Integer> cells, Kind kind) {
    return cells.stream().flatMap(c -> tables.relations(c).stream()).distinct()
        .filter(r -> kind == Kind.TWIN ? r.sameCount() : kind == Kind.WHOLE ? r.atMost() : !r.sameCount() && !r.atMost());
  }
}

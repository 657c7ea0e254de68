package org.homeward.monitoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Count tables published together, and what a reader knows ties them: each table's rows and columns
 * add up to its totals, the same count appears in more than one table (the per-area totals of every
 * breakdown of one indicator), and a part never exceeds its whole (people with an agreed plan among
 * everyone concerned). Every cell of every table, totals included, is one numbered count.
 */
public final class LinkedTables {

  /** A linear relation between counts: the sum of {@code signs[k] × cells[k]} is zero ({@code atMost}: at most zero). */
  record Relation(int[] cells, int[] signs, boolean atMost, boolean sameCount) {}

  private final List<CountTable> tables = new ArrayList<>();
  private final List<Integer> offsets = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private int size;
  private List<List<Relation>> byCell;

  public static LinkedTables of(CountTable table) {
    LinkedTables linked = new LinkedTables();
    linked.add(table);
    return linked;
  }

  /** Adds a table and its sums; returns its number. */
  public int add(CountTable table) {
    byCell = null;
    int number = tables.size();
    tables.add(table);
    offsets.add(size);
    size += (table.rows() + 1) * (table.columns() + 1);
    for (int i = 0; i <= table.rows(); i++) {
      int[] cells = new int[table.columns() + 1];
      int[] signs = new int[table.columns() + 1];
      for (int j = 0; j <= table.columns(); j++) {
        cells[j] = cell(number, i, j);
        signs[j] = j == table.columns() ? -1 : 1;
      }
      relations.add(new Relation(cells, signs, false, false));
    }
    for (int j = 0; j <= table.columns(); j++) {
      int[] cells = new int[table.rows() + 1];
      int[] signs = new int[table.rows() + 1];
      for (int i = 0; i <= table.rows(); i++) {
        cells[i] = cell(number, i, j);
        signs[i] = i == table.rows() ? -1 : 1;
      }
      relations.add(new Relation(cells, signs, false, false));
    }
    return number;
  }

  /** The two cells are the same count, shown in two tables. */
  public void same(int table, int row, int column, int otherTable, int otherRow, int otherColumn) {
    byCell = null;
    requireEqual(table, row, column, otherTable, otherRow, otherColumn);
    relations.add(new Relation(new int[] {cell(table, row, column), cell(otherTable, otherRow, otherColumn)}, new int[] {1, -1}, false, true));
  }

  /** Every cell of {@code part} (totals too) is at most the matching cell of {@code whole}, a table of the same shape. */
  public void partOf(int part, int whole) {
    byCell = null;
    CountTable p = tables.get(part);
    CountTable w = tables.get(whole);
    if (p.rows() != w.rows() || p.columns() != w.columns()) {
      throw new IllegalArgumentException("a part must have the shape of its whole");
    }
    for (int i = 0; i <= p.rows(); i++) {
      for (int j = 0; j <= p.columns(); j++) {
        if (p.value(i, j) > w.value(i, j)) {
          throw new IllegalArgumentException("part exceeds whole at " + i + "," + j);
        }
        relations.add(new Relation(new int[] {cell(part, i, j), cell(whole, i, j)}, new int[] {1, -1}, true, false));
      }
    }
  }

  public int tables() {
    return tables.size();
  }

  public CountTable table(int number) {
    return tables.get(number);
  }

  /** The number of counts in all tables. */
  int size() {
    return size;
  }

  int cell(int table, int row, int column) {
    return offsets.get(table) + row * (tables.get(table).columns() + 1) + column;
  }

  /** Table, row and column of a numbered count. */
  int[] position(int cell) {
    int table = tables.size() - 1;
    while (offsets.get(table) > cell) {
      table--;
    }
    int width = tables.get(table).columns() + 1;
    int local = cell - offsets.get(table);
    return new int[] {table, local / width, local % width};
  }

  long value(int cell) {
    int[] at = position(cell);
    return tables.get(at[0]).value(at[1], at[2]);
  }

  List<Relation> relations() {
    return relations;
  }

  /** The relations a count takes part in. */
  List<Relation> relations(int cell) {
    if (byCell == null) {
      byCell = new ArrayList<>();
      for (int c = 0; c < size; c++) {
        byCell.add(new ArrayList<>());
      }
      for (Relation relation : relations) {
        for (int c : relation.cells()) {
          byCell.get(c).add(relation);
        }
      }
    }
    return byCell.get(cell);
  }

  /**
   * Everything a suppression of these tables depends on: their shapes, their counts and the
   * relations tying them. Tables with equal contents are suppressed alike.
   */
  Contents contents() {
    int[] shapes = new int[2 * tables.size()];
    for (int t = 0; t < tables.size(); t++) {
      shapes[2 * t] = tables.get(t).rows();
      shapes[2 * t + 1] = tables.get(t).columns();
    }
    long[] counts = new long[size];
    for (int c = 0; c < size; c++) {
      counts[c] = value(c);
    }
    List<Integer> ties = new ArrayList<>();
    for (Relation relation : relations) {
      ties.add((relation.atMost() ? 2 : 0) + (relation.sameCount() ? 1 : 0));
      ties.add(relation.cells().length);
      for (int k = 0; k < relation.cells().length; k++) {
        ties.add(relation.cells()[k]);
        ties.add(relation.signs()[k]);
      }
    }
    return new Contents(shapes, counts, ties.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The shapes, counts and relations of tables published together, compared by value. */
  static final class Contents {

    private final int[] shapes;
    private final long[] counts;
    private final int[] relations;
    private final int hash;

    private Contents(int[] shapes, long[] counts, int[] relations) {
      this.shapes = shapes;
      this.counts = counts;
      this.relations = relations;
      this.hash = 31 * (31 * Arrays.hashCode(shapes) + Arrays.hashCode(counts)) + Arrays.hashCode(relations);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Contents that && hash == that.hash && Arrays.equals(shapes, that.shapes) && Arrays.equals(counts, that.counts)
          && Arrays.equals(relations, that.relations);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private void requireEqual(int table, int row, int column, int otherTable, int otherRow, int otherColumn) {
    if (tables.get(table).value(row, column) != tables.get(otherTable).value(otherRow, otherColumn)) {
      throw new IllegalArgumentException("linked cells differ");
    }
  }
}

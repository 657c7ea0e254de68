package org.homeward.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.homeward.monitoring.control.PublishedTable.Shown;
import org.junit.jupiter.api.Test;

/**
 * An indicator is published as several tables at once: its numerator and denominator, each by sex
 * and by age band, all with the same per-area totals. The attacker here takes every one of them.
 */
class LinkedTablesSuppressionTest {

  private static final int THRESHOLD = 4;

  /** Two breakdowns of a numerator and its denominator over the same areas. */
  private record Indicator(long[][] numeratorBySex, long[][] numeratorByAge, long[][] denominatorBySex, long[][] denominatorByAge) {}

  @Test
  void aSmallCountHiddenInOneBreakdownCannotBeRecoveredFromTheOther() {
    // area 0: 3 women and 20 men, all aged 25-44 — the age table alone says nothing small,
    // but its area total (23) with the sex table's men (20) would give the 3 women away.
    long[][] bySex = {{3, 20}, {15, 18}};
    long[][] byAge = {{0, 23}, {12, 21}};
    LinkedTables tables = new LinkedTables();
    int sex = tables.add(CountTable.of(bySex));
    int age = tables.add(CountTable.of(byAge));
    linkAreaTotals(tables, sex, age, 2, 2, 2);

    List<PublishedTable> published = new SmallCellSuppression(THRESHOLD).publish(tables);

    assertThat(published.get(0).label(0, 0)).isEqualTo("<5");
    assertNothingCanBeWorkedOut(published, List.of(new int[] {0, 1}), List.of());
  }

  @Test
  void anAttackerWithEveryTableOfAnIndicatorCannotNarrowAnyHiddenCount() {
    Random random = new Random(20261123);
    for (int run = 0; run < 40; run++) {
      Indicator indicator = randomIndicator(random);
      LinkedTables tables = new LinkedTables();
      int numSex = tables.add(CountTable.of(indicator.numeratorBySex()));
      int numAge = tables.add(CountTable.of(indicator.numeratorByAge()));
      int denSex = tables.add(CountTable.of(indicator.denominatorBySex()));
      int denAge = tables.add(CountTable.of(indicator.denominatorByAge()));
      int areas = indicator.numeratorBySex().length;
      linkAreaTotals(tables, numSex, numAge, areas, 3, 4);
      linkAreaTotals(tables, denSex, denAge, areas, 3, 4);
      tables.partOf(numSex, denSex);
      tables.partOf(numAge, denAge);

      List<PublishedTable> published = new SmallCellSuppression(THRESHOLD).publish(tables);

      assertNothingCanBeWorkedOut(published, List.of(new int[] {numSex, numAge}, new int[] {denSex, denAge}),
          List.of(new int[] {numSex, denSex}, new int[] {numAge, denAge}));
    }
  }

  private static void linkAreaTotals(LinkedTables tables, int first, int second, int areas, int firstColumns, int secondColumns) {
    for (int area = 0; area <= areas; area++) {
      tables.same(first, area, firstColumns, second, area, secondColumns);
    }
  }

  /** People in 1 to 4 areas, each of one of 3 sexes and 4 age bands, a third of them counted in the numerator; some areas tiny. */
  private static Indicator randomIndicator(Random random) {
    int areas = 1 + random.nextInt(4);
    long[][] numSex = new long[areas][3];
    long[][] numAge = new long[areas][4];
    long[][] denSex = new long[areas][3];
    long[][] denAge = new long[areas][4];
    for (int area = 0; area < areas; area++) {
      int people = random.nextInt(3) == 0 ? random.nextInt(8) : 10 + random.nextInt(60);
      for (int p = 0; p < people; p++) {
        int sex = random.nextInt(10) == 0 ? 2 : random.nextInt(2);
        int age = random.nextInt(4);
        boolean counted = random.nextInt(3) == 0;
        denSex[area][sex]++;
        denAge[area][age]++;
        if (counted) {
          numSex[area][sex]++;
          numAge[area][age]++;
        }
      }
    }
    return new Indicator(numSex, numAge, denSex, denAge);
  }

  /**
   * The attacker, written apart from the audit: one unknown per count of every table, shown counts
   * fixed, sums adding up, the same area totals in both breakdowns, numerators within denominators,
   * small counts between 1 and the threshold.
   */
  private static void assertNothingCanBeWorkedOut(List<PublishedTable> published, List<int[]> sameTotals, List<int[]> partOf) {
    int[] offset = new int[published.size() + 1];
    for (int t = 0; t < published.size(); t++) {
      offset[t + 1] = offset[t] + (published.get(t).rows() + 1) * (published.get(t).columns() + 1);
    }
    int size = offset[published.size()];
    List<LinearConstraint> known = new ArrayList<>();
    for (int t = 0; t < published.size(); t++) {
      PublishedTable table = published.get(t);
      int width = table.columns() + 1;
      for (int i = 0; i <= table.rows(); i++) {
        for (int j = 0; j <= table.columns(); j++) {
          int v = offset[t] + i * width + j;
          if (table.shown(i, j) == Shown.VALUE) {
            known.add(new LinearConstraint(unit(size, v), Relationship.EQ, table.value(i, j)));
          } else if (table.shown(i, j) == Shown.SMALL) {
            known.add(new LinearConstraint(unit(size, v), Relationship.GEQ, 1));
            known.add(new LinearConstraint(unit(size, v), Relationship.LEQ, THRESHOLD));
          }
        }
      }
      for (int i = 0; i <= table.rows(); i++) {
        double[] sum = new double[size];
        for (int j = 0; j < table.columns(); j++) {
          sum[offset[t] + i * width + j] = 1;
        }
        sum[offset[t] + i * width + table.columns()] = -1;
        known.add(new LinearConstraint(sum, Relationship.EQ, 0));
      }
      for (int j = 0; j <= table.columns(); j++) {
        double[] sum = new double[size];
        for (int i = 0; i < table.rows(); i++) {
          sum[offset[t] + i * width + j] = 1;
        }
        sum[offset[t] + table.rows() * width + j] = -1;
        known.add(new LinearConstraint(sum, Relationship.EQ, 0));
      }
    }
    for (int[] pair : sameTotals) {
      PublishedTable a = published.get(pair[0]);
      PublishedTable b = published.get(pair[1]);
      for (int i = 0; i <= a.rows(); i++) {
        double[] same = new double[size];
        same[offset[pair[0]] + i * (a.columns() + 1) + a.columns()] = 1;
        same[offset[pair[1]] + i * (b.columns() + 1) + b.columns()] = -1;
        known.add(new LinearConstraint(same, Relationship.EQ, 0));
      }
    }
    for (int[] pair : partOf) {
      PublishedTable part = published.get(pair[0]);
      for (int c = 0; c < (part.rows() + 1) * (part.columns() + 1); c++) {
        double[] within = new double[size];
        within[offset[pair[0]] + c] = 1;
        within[offset[pair[1]] + c] = -1;
        known.add(new LinearConstraint(within, Relationship.LEQ, 0));
      }
    }
    for (int t = 0; t < published.size(); t++) {
      PublishedTable table = published.get(t);
      for (int i = 0; i <= table.rows(); i++) {
        for (int j = 0; j <= table.columns(); j++) {
          if (table.shown(i, j) == Shown.VALUE) {
            continue;
          }
          int v = offset[t] + i * (table.columns() + 1) + j;
          double min = solve(known, size, v, GoalType.MINIMIZE);
          double max = solve(known, size, v, GoalType.MAXIMIZE);
          String where = "table " + t + " cell " + i + "," + j;
          if (table.shown(i, j) == Shown.SMALL) {
            assertThat(min).as(where + " lowest").isLessThanOrEqualTo(1.000001);
            assertThat(max).as(where + " highest").isGreaterThanOrEqualTo(THRESHOLD - 0.000001);
          } else {
            assertThat(max - min).as(where + " range").isGreaterThanOrEqualTo(0.999999);
          }
        }
      }
    }
  }

  private static double solve(List<LinearConstraint> constraints, int size, int v, GoalType goal) {
    try {
      return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(unit(size, v), 0),
          new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
    } catch (UnboundedSolutionException e) {
      return Double.POSITIVE_INFINITY;
    }
  }

  private static double[] unit(int size, int v) {
    double[] coefficients = new double[size];
    coefficients[v] = 1;
    return coefficients;
  }
}

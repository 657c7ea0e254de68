package org.homeward.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class SmallCellSuppressionTest {

  private static final SmallCellSuppression SUPPRESSION = new SmallCellSuppression(SmallCellSuppression.DEFAULT_THRESHOLD);

  @Test
  void aTableWithoutSmallCountsIsShownWhole() {
    PublishedTable published = SUPPRESSION.publish(CountTable.of(new long[][] {{10, 0, 7}, {5, 12, 30}}));

    for (int i = 0; i <= 2; i++) {
      for (int j = 0; j <= 3; j++) {
        assertThat(published.shown(i, j)).isEqualTo(Shown.VALUE);
      }
    }
    assertThat(published.label(2, 3)).isEqualTo("64");
  }

  @Test
  void aLoneSmallCountTakesCellsOfItsRowAndColumnWithIt() {
    PublishedTable published = SUPPRESSION.publish(CountTable.of(new long[][] {{3, 20, 9}, {15, 8, 11}, {6, 14, 25}}));

    assertThat(published.label(0, 0)).isEqualTo("<5");
    assertThat(hiddenIn(published, 0, true)).as("hidden in the first row").isGreaterThanOrEqualTo(2);
    assertThat(hiddenIn(published, 0, false)).as("hidden in the first column").isGreaterThanOrEqualTo(2);
    int hidden = 0;
    for (int i = 0; i < 3; i++) {
      hidden += hiddenIn(published, i, true);
    }
    assertThat(hidden).as("the fewest counts that protect it: a rectangle of four").isEqualTo(4);
    assertNothingCanBeWorkedOut(published);
  }

  @Test
  void theSameCountsAreSuppressedOnceAndAChangedCountOrThresholdAfresh() {
    long[][] cells = {{3, 20, 9}, {15, 8, 11}, {6, 14, 25}};
    PublishedTable first = SUPPRESSION.publish(CountTable.of(cells));

    assertThat(SUPPRESSION.publish(CountTable.of(cells))).as("the same counts again").isSameAs(first);
    assertThat(new SmallCellSuppression(10).publish(CountTable.of(cells)).label(0, 0)).isEqualTo("<11");
    cells[0][0] = 30;
    PublishedTable changed = SUPPRESSION.publish(CountTable.of(cells));
    assertThat(changed.label(0, 0)).isEqualTo("30");
    assertThat(changed.label(3, 3)).isEqualTo("138");
  }

  @Test
  void aRowOfSmallCountsWhoseLabelsAloneGiveOneAwayIsStillMadeSafe() {
    PublishedTable published = SUPPRESSION.publish(CountTable.of(new long[][] {{1, 0, 1, 1, 1, 0}}));

    assertNothingCanBeWorkedOut(published);
  }

  @Test
  void aSmallTotalIsHiddenToo() {
    PublishedTable published = SUPPRESSION.publish(CountTable.of(new long[][] {{1, 2}, {40, 50}}));

    assertThat(published.shown(0, 2)).isNotEqualTo(Shown.VALUE);
    assertThat(published.shown(0, 0)).isNotEqualTo(Shown.VALUE);
    assertNothingCanBeWorkedOut(published);
  }

  @Test
  void aTableTooFineToProtectWithinTheWorkAllowedIsGivenUpTheSameWayEveryTime() {
    long[][] cells = mostlySmall(7, 30, 8);
    SmallCellSuppression limited = SUPPRESSION.limitedTo(5, 40);

    assertThatThrownBy(() -> limited.publish(CountTable.of(cells))).isInstanceOf(SmallCellSuppression.TooFine.class);
    assertThatThrownBy(() -> limited.publish(CountTable.of(cells))).isInstanceOf(SmallCellSuppression.TooFine.class);
    assertNothingCanBeWorkedOut(SUPPRESSION.publish(CountTable.of(cells)));
  }

  @Test
  void aTableTooFineForTheUsualWorkIsShownByItsRowTotalsAloneAndStaysSafe() {
    long[][] cells = mostlySmall(11, 24, 8);
    cells[0] = new long[] {30, 12, 9, 40, 7, 22, 15, 8};
    assertThatThrownBy(() -> SUPPRESSION.withUsualLimits().publish(CountTable.of(cells))).isInstanceOf(SmallCellSuppression.TooFine.class);

    PublishedTable published = SUPPRESSION.publishOrRowTotals(CountTable.of(cells));

    for (int i = 0; i <= 24; i++) {
      for (int j = 0; j < 8; j++) {
        assertThat(published.shown(i, j)).as("cell or column total %d,%d", i, j).isEqualTo(Shown.WITHHELD);
      }
    }
    assertThat(published.label(0, 8)).as("a row total that is not small").isEqualTo("143");
    PublishedTable rowTotals = SUPPRESSION.publish(CountTable.of(cells).rowTotals());
    for (int i = 0; i <= 24; i++) {
      assertThat(published.label(i, 8)).isEqualTo(rowTotals.label(i, 1));
    }
    assertNothingCanBeWorkedOut(published);
  }

  @Test
  void anAttackerWithEveryPublishedCountCannotNarrowAnyHiddenCell() {
    Random random = new Random(20261123);
    for (int run = 0; run < 150; run++) {
      int rows = 1 + random.nextInt(5);
      int columns = 1 + random.nextInt(5);
      long[][] cells = new long[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          cells[i][j] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(40);
        }
      }
      assertNothingCanBeWorkedOut(SUPPRESSION.publish(CountTable.of(cells)));
    }
  }

  /** A table of counts from 0 to 5, drawn from {@code seed}. */
  private static long[][] mostlySmall(long seed, int rows, int columns) {
    Random random = new Random(seed);
    long[][] cells = new long[rows][columns];
    for (long[] row : cells) {
      for (int j = 0; j < columns; j++) {
        row[j] = random.nextInt(6);
      }
    }
    return cells;
  }

  private static int hiddenIn(PublishedTable published, int index, boolean row) {
    int hidden = 0;
    for (int k = 0; k <= (row ? published.columns() : published.rows()); k++) {
      if ((row ? published.shown(index, k) : published.shown(k, index)) != Shown.VALUE) {
        hidden++;
      }
    }
    return hidden;
  }

  /**
   * The attacker, written apart from the audit the suppression uses: one unknown per cell of the
   * whole table (totals too), every shown count fixed, every row and column adding up, small counts
   * between 1 and 4. No small count may be narrowed inside 1–4, and no withheld count to one value.
   */
  private static void assertNothingCanBeWorkedOut(PublishedTable published) {
    int width = published.columns() + 1;
    int size = (published.rows() + 1) * width;
    List<LinearConstraint> known = new ArrayList<>();
    for (int i = 0; i <= published.rows(); i++) {
      for (int j = 0; j <= published.columns(); j++) {
        int v = i * width + j;
        if (published.shown(i, j) == Shown.VALUE) {
          known.add(new LinearConstraint(unit(size, v), Relationship.EQ, published.value(i, j)));
        } else if (published.shown(i, j) == Shown.SMALL) {
          known.add(new LinearConstraint(unit(size, v), Relationship.GEQ, 1));
          known.add(new LinearConstraint(unit(size, v), Relationship.LEQ, published.threshold()));
        }
      }
    }
    for (int i = 0; i <= published.rows(); i++) {
      double[] sum = new double[size];
      for (int j = 0; j < published.columns(); j++) {
        sum[i * width + j] = 1;
      }
      sum[i * width + published.columns()] = -1;
      known.add(new LinearConstraint(sum, Relationship.EQ, 0));
    }
    for (int j = 0; j <= published.columns(); j++) {
      double[] sum = new double[size];
      for (int i = 0; i < published.rows(); i++) {
        sum[i * width + j] = 1;
      }
      sum[published.rows() * width + j] = -1;
      known.add(new LinearConstraint(sum, Relationship.EQ, 0));
    }
    for (int i = 0; i <= published.rows(); i++) {
      for (int j = 0; j <= published.columns(); j++) {
        if (published.shown(i, j) == Shown.VALUE) {
          continue;
        }
        double min = solve(known, size, i * width + j, GoalType.MINIMIZE);
        double max = solve(known, size, i * width + j, GoalType.MAXIMIZE);
        String where = "cell " + i + "," + j + " of " + published.rows() + "x" + published.columns();
        if (published.shown(i, j) == Shown.SMALL) {
          assertThat(min).as(where + " lowest").isLessThanOrEqualTo(1.000001);
          assertThat(max).as(where + " highest").isGreaterThanOrEqualTo(published.threshold() - 0.000001);
        } else {
          assertThat(max - min).as(where + " range").isGreaterThanOrEqualTo(0.999999);
        }
      }
    }
  }

  private static double solve(List<LinearConstraint> constraints, int size, int v, GoalType goal) {
    try {
      return new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(unit(size, v), 0),
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

package org.homeward.monitoring.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * What a reader could work out about each hidden cell of a published table: the least and greatest
 * value consistent with everything shown (every row and column adds up to its total; a small count
 * lies between 1 and the threshold; no count is negative), found with a linear program.
 */
public final class DisclosureAudit {

  private static final double TOLERANCE = 1e-6;

  /** The range a hidden cell could take; {@code max} is infinite when nothing bounds it from above. */
  public record Range(int row, int column, double min, double max) {}

  private final PublishedTable table;
  private final List<int[]> hidden = new ArrayList<>();
  private final List<LinearConstraint> constraints = new ArrayList<>();

  public DisclosureAudit(PublishedTable table) {
    this.table = table;
    for (int i = 0; i <= table.rows(); i++) {
      for (int j = 0; j <= table.columns(); j++) {
        if (table.shown(i, j) != Shown.VALUE) {
          hidden.add(new int[] {i, j});
        }
      }
    }
    for (int i = 0; i <= table.rows(); i++) {
      addSum(i, true);
    }
    for (int j = 0; j <= table.columns(); j++) {
      addSum(j, false);
    }
    for (int v = 0; v < hidden.size(); v++) {
      int[] cell = hidden.get(v);
      if (table.shown(cell[0], cell[1]) == Shown.SMALL) {
        constraints.add(new LinearConstraint(unit(v), Relationship.GEQ, 1));
        constraints.add(new LinearConstraint(unit(v), Relationship.LEQ, table.threshold()));
      }
    }
  }

  /** The first hidden cell a reader could narrow: a small count to fewer values than its label says, or a withheld one to a single value. */
  public Optional<Range> firstDisclosed() {
    for (int v = 0; v < hidden.size(); v++) {
      Range range = range(v);
      boolean small = table.shown(range.row(), range.column()) == Shown.SMALL;
      boolean narrowed = small ? range.min() > 1 + TOLERANCE || range.max() < table.threshold() - TOLERANCE
          : range.max() - range.min() < 1 - TOLERANCE;
      if (narrowed) {
        return Optional.of(range);
      }
    }
    return Optional.empty();
  }

  /** The range of every hidden cell. */
  public List<Range> ranges() {
    List<Range> ranges = new ArrayList<>();
    for (int v = 0; v < hidden.size(); v++) {
      ranges.add(range(v));
    }
    return ranges;
  }

  private Range range(int v) {
    int[] cell = hidden.get(v);
    return new Range(cell[0], cell[1], optimum(v, GoalType.MINIMIZE), optimum(v, GoalType.MAXIMIZE));
  }

  private double optimum(int v, GoalType goal) {
    if (constraints.isEmpty()) {
      return goal == GoalType.MINIMIZE ? 0 : Double.POSITIVE_INFINITY;
    }
    try {
      return new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(unit(v), 0),
          new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
    } catch (UnboundedSolutionException e) {
      return Double.POSITIVE_INFINITY;
    }
  }

  /** A row (or column) adds up to its total: the hidden cells on the left, what is shown moved to the right. */
  private void addSum(int index, boolean row) {
    int length = row ? table.columns() : table.rows();
    double[] coefficients = new double[hidden.size()];
    double constant = 0;
    boolean any = false;
    for (int k = 0; k <= length; k++) {
      int i = row ? index : k;
      int j = row ? k : index;
      double sign = k == length ? -1 : 1;
      int v = indexOf(i, j);
      if (v >= 0) {
        coefficients[v] += sign;
        any = true;
      } else {
        constant -= sign * table.trueValue(i, j);
      }
    }
    if (any) {
      constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
    }
  }

  private int indexOf(int row, int column) {
    for (int v = 0; v < hidden.size(); v++) {
      if (hidden.get(v)[0] == row && hidden.get(v)[1] == column) {
        return v;
      }
    }
    return -1;
  }

  private double[] unit(int v) {
    double[] coefficients = new double[hidden.size()];
    coefficients[v] = 1;
    return coefficients;
  }
}

package org.homeward.monitoring.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.homeward.monitoring.control.LinkedTables.Relation;
import org.homeward.monitoring.control.PublishedTable.Shown;

/**
 * What a reader could work out about each hidden count of tables published together: the least and
 * greatest value consistent with everything shown (sums, the same count in two tables, parts within
 * their wholes, a small count between 1 and the threshold, no count negative), found with a linear
 * program. Hidden counts tied by no relation are solved apart, and a count found safe is not solved
 * again: withholding more only widens what a reader cannot tell.
 */
final class DisclosureAudit {

  private static final double TOLERANCE = 1e-6;

  /** The range a hidden count could take ({@code min} NaN when it was not needed); {@code max} is infinite when nothing bounds it from above. */
  record Range(int cell, double min, double max) {}

  private final LinkedTables tables;
  private final Shown[] shown;
  private final int threshold;
  private final int maxGroup;
  private final Set<List<Integer>> safe = new HashSet<>();
  // Hiding more only widens what a reader cannot tell, so a count once found safe stays safe.
  private final Set<Integer> safeCells = new HashSet<>();

  DisclosureAudit(LinkedTables tables, Shown[] shown, int threshold, int maxGroup) {
    this.tables = tables;
    this.shown = shown;
    this.threshold = threshold;
    this.maxGroup = maxGroup;
  }

  /**
   * The hidden counts a reader could narrow, all of one group (the first that has any): a small one
   * to fewer values than its label says, or a withheld one to a single value. Empty when none can be.
   */
  List<Range> disclosed() {
    for (List<Integer> group : groups()) {
      if (safe.contains(group)) {
        continue;
      }
      if (group.size() > maxGroup) {
        throw new SmallCellSuppression.TooFine(group.size() + " hidden counts tied together");
      }
      List<LinearConstraint> constraints = constraints(group);
      List<Range> disclosed = new ArrayList<>();
      for (int v = 0; v < group.size(); v++) {
        int cell = group.get(v);
        if (!safeCells.contains(cell)) {
          narrowed(group, constraints, v).ifPresentOrElse(disclosed::add, () -> safeCells.add(cell));
        }
      }
      if (!disclosed.isEmpty()) {
        return disclosed;
      }
      safe.add(group);
    }
    return List.of();
  }

  /** Whether a reader could narrow this hidden count from what is shown now. */
  boolean narrows(int cell) {
    return narrows(cell, shown);
  }

  /** Whether a reader could narrow this hidden count if {@code tried} were shown instead; what is cached stays as it was. */
  boolean narrows(int cell, Shown[] tried) {
    DisclosureAudit trial = tried == shown ? this : new DisclosureAudit(tables, tried, threshold, maxGroup);
    List<Integer> group = trial.groups().stream().filter(g -> g.contains(cell)).findFirst().orElseThrow();
    return trial.narrowed(group, trial.constraints(group), group.indexOf(cell)).isPresent();
  }

  /**
   * The range of a hidden count if a reader could narrow it. The greatest value is solved first: a
   * withheld count that could be one more than it is, or a small one that could be the threshold,
   * needs no second solve to be found safe on that side.
   */
  private Optional<Range> narrowed(List<Integer> group, List<LinearConstraint> constraints, int v) {
    int cell = group.get(v);
    boolean small = shown[cell] == Shown.SMALL;
    double max = optimum(constraints, group.size(), v, GoalType.MAXIMIZE);
    if (small && max < threshold - TOLERANCE) {
      return Optional.of(new Range(cell, Double.NaN, max));
    }
    if (!small && max >= tables.value(cell) + 1 - TOLERANCE) {
      return Optional.empty();
    }
    double min = optimum(constraints, group.size(), v, GoalType.MINIMIZE);
    boolean narrowed = small ? min > 1 + TOLERANCE : max - min < 1 - TOLERANCE;
    return narrowed ? Optional.of(new Range(cell, min, max)) : Optional.empty();
  }

  /** The hidden counts in groups that share a relation, each group in ascending order. */
  private List<List<Integer>> groups() {
    int[] parent = new int[tables.size()];
    for (int c = 0; c < parent.length; c++) {
      parent[c] = c;
    }
    for (Relation relation : tables.relations()) {
      int first = -1;
      for (int cell : relation.cells()) {
        if (shown[cell] != Shown.VALUE) {
          if (first < 0) {
            first = cell;
          } else {
            parent[root(parent, cell)] = root(parent, first);
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int c = 0; c < parent.length; c++) {
      if (shown[c] != Shown.VALUE) {
        groups.computeIfAbsent(root(parent, c), r -> new ArrayList<>()).add(c);
      }
    }
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int c) {
    while (parent[c] != c) {
      parent[c] = parent[parent[c]];
      c = parent[c];
    }
    return c;
  }

  /** The relations touching a group, with what is shown moved to the right-hand side, and the small counts' bounds. */
  private List<LinearConstraint> constraints(List<Integer> group) {
    Map<Integer, Integer> variable = new LinkedHashMap<>();
    group.forEach(cell -> variable.put(cell, variable.size()));
    List<LinearConstraint> constraints = new ArrayList<>();
    for (Relation relation : tables.relations()) {
      double[] coefficients = new double[group.size()];
      double constant = 0;
      boolean touches = false;
      for (int k = 0; k < relation.cells().length; k++) {
        Integer v = variable.get(relation.cells()[k]);
        if (v != null) {
          coefficients[v] += relation.signs()[k];
          touches = true;
        } else {
          constant -= relation.signs()[k] * (double) tables.value(relation.cells()[k]);
        }
      }
      if (touches) {
        constraints.add(new LinearConstraint(coefficients, relation.atMost() ? Relationship.LEQ : Relationship.EQ, constant));
      }
    }
    for (int v = 0; v < group.size(); v++) {
      if (shown[group.get(v)] == Shown.SMALL) {
        constraints.add(new LinearConstraint(unit(group.size(), v), Relationship.GEQ, 1));
        constraints.add(new LinearConstraint(unit(group.size(), v), Relationship.LEQ, threshold));
      }
    }
    return constraints;
  }

  private static double optimum(List<LinearConstraint> constraints, int size, int v, GoalType goal) {
    if (constraints.isEmpty()) {
      return goal == GoalType.MINIMIZE ? 0 : Double.POSITIVE_INFINITY;
    }
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

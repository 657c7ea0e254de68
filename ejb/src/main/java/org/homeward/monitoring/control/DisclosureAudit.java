package org.homeward.monitoring.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
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
  private final Work work;
  private final Set<List<Integer>> safe = new HashSet<>();
  // Hiding more only widens what a reader cannot tell: a value once found possible stays possible.
  private final Set<Integer> safeCells;
  private final Set<Integer> reachesOne;
  private final Set<Integer> reachesThreshold;

  /** Linear programs solved so far, by this audit and its trials, against how many may be. */
  private static final class Work {

    private final int allowed;
    private int solved;

    Work(int allowed) {
      this.allowed = allowed;
    }
  }

  /**
   * An audit of what is {@code shown}, giving up with {@link SmallCellSuppression.TooFine} when more
   * than {@code maxGroup} hidden counts are tied together or more than {@code maxSolves} linear
   * programs are needed, its trials included.
   */
  DisclosureAudit(LinkedTables tables, Shown[] shown, int threshold, int maxGroup, int maxSolves) {
    this(tables, shown, threshold, maxGroup, new Work(maxSolves), new HashSet<>(), new HashSet<>(), new HashSet<>());
    for (int cell = 0; cell < shown.length; cell++) {
      if (shown[cell] == Shown.SMALL) {
        note(cell, tables.value(cell));
      }
    }
  }

  private DisclosureAudit(LinkedTables tables, Shown[] shown, int threshold, int maxGroup, Work work, Set<Integer> safeCells,
      Set<Integer> reachesOne, Set<Integer> reachesThreshold) {
    this.tables = tables;
    this.shown = shown;
    this.threshold = threshold;
    this.maxGroup = maxGroup;
    this.work = work;
    this.safeCells = safeCells;
    this.reachesOne = reachesOne;
    this.reachesThreshold = reachesThreshold;
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
      Program program = program(group);
      List<Range> disclosed = new ArrayList<>();
      for (int v = 0; v < group.size(); v++) {
        narrowed(group, program, v).ifPresent(disclosed::add);
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

  /**
   * Whether a reader could narrow this hidden count if {@code tried}, which hides at least as much,
   * were shown instead. What was found possible here stays possible there, but not the other way.
   */
  boolean narrows(int cell, Shown[] tried) {
    DisclosureAudit trial = tried == shown ? this
        : new DisclosureAudit(tables, tried, threshold, maxGroup, work, new HashSet<>(safeCells), new HashSet<>(reachesOne),
            new HashSet<>(reachesThreshold));
    List<Integer> group = trial.groups().stream().filter(g -> g.contains(cell)).findFirst().orElseThrow();
    return trial.narrowed(group, trial.program(group), group.indexOf(cell)).isPresent();
  }

  /**
   * The range of a hidden count if a reader could narrow it. A side already reached by a reading
   * found earlier needs no solve; the greatest value is solved first, since a withheld count that
   * could be one more than it is, or a small one that could be the threshold, is then safe on that side.
   */
  private Optional<Range> narrowed(List<Integer> group, Program program, int v) {
    int cell = group.get(v);
    if (safeCells.contains(cell)) {
      return Optional.empty();
    }
    boolean small = shown[cell] == Shown.SMALL;
    double max = small && reachesThreshold.contains(cell) ? threshold : optimum(group, program, v, GoalType.MAXIMIZE);
    if (small && max < threshold - TOLERANCE) {
      return Optional.of(new Range(cell, Double.NaN, max));
    }
    if (safeCells.contains(cell) || !small && max >= tables.value(cell) + 1 - TOLERANCE) {
      safeCells.add(cell);
      return Optional.empty();
    }
    double min = small && reachesOne.contains(cell) ? 1 : optimum(group, program, v, GoalType.MINIMIZE);
    if (small ? min > 1 + TOLERANCE : max - min < 1 - TOLERANCE) {
      return Optional.of(new Range(cell, min, max));
    }
    safeCells.add(cell);
    return Optional.empty();
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

  /**
   * A group's linear program. The same count in two tables is one variable, and a count shown as
   * small anywhere is counted from 1, so that its least value is the solver's own bound on every variable.
   */
  private record Program(List<LinearConstraint> constraints, int[] variable, double[] offset, int variables) {}

  /**
   * The relations touching a group, with what is shown moved to the right-hand side, and the small
   * counts' upper bounds; a relation said twice (a total shared by two tables) is kept once.
   */
  private Program program(List<Integer> group) {
    Map<Integer, Integer> position = new LinkedHashMap<>();
    group.forEach(cell -> position.put(cell, position.size()));
    int[] twin = new int[group.size()];
    for (int k = 0; k < twin.length; k++) {
      twin[k] = k;
    }
    for (int cell : group) {
      for (Relation relation : tables.relations(cell)) {
        if (relation.sameCount() && position.containsKey(relation.cells()[0]) && position.containsKey(relation.cells()[1])) {
          twin[root(twin, position.get(relation.cells()[1]))] = root(twin, position.get(relation.cells()[0]));
        }
      }
    }
    int[] variable = new int[group.size()];
    double[] offset = new double[group.size()];
    Map<Integer, Integer> numbered = new LinkedHashMap<>();
    for (int k = 0; k < group.size(); k++) {
      variable[k] = numbered.computeIfAbsent(root(twin, k), r -> numbered.size());
    }
    int variables = numbered.size();
    boolean[] small = new boolean[variables];
    for (int k = 0; k < group.size(); k++) {
      small[variable[k]] |= shown[group.get(k)] == Shown.SMALL;
    }
    for (int k = 0; k < group.size(); k++) {
      offset[k] = small[variable[k]] ? 1 : 0;
    }
    Set<List<Double>> said = new HashSet<>();
    List<LinearConstraint> constraints = new ArrayList<>();
    for (Relation relation : touching(group)) {
      if (relation.sameCount() && relation.cells().length == 2 && position.containsKey(relation.cells()[0])
          && position.containsKey(relation.cells()[1])) {
        continue;
      }
      double[] coefficients = new double[variables];
      double constant = 0;
      for (int k = 0; k < relation.cells().length; k++) {
        int cell = relation.cells()[k];
        Integer at = position.get(cell);
        if (at != null) {
          coefficients[variable[at]] += relation.signs()[k];
          constant -= relation.signs()[k] * offset[at];
        } else {
          constant -= relation.signs()[k] * (double) tables.value(cell);
        }
      }
      List<Double> row = new ArrayList<>(variables + 2);
      for (double coefficient : coefficients) {
        row.add(coefficient);
      }
      row.add(relation.atMost() ? 1.0 : 0.0);
      row.add(constant);
      if (said.add(row)) {
        constraints.add(new LinearConstraint(coefficients, relation.atMost() ? Relationship.LEQ : Relationship.EQ, constant));
      }
    }
    for (int v = 0; v < variables; v++) {
      if (small[v]) {
        constraints.add(new LinearConstraint(unit(variables, v), Relationship.LEQ, threshold - 1));
      }
    }
    return new Program(constraints, variable, offset, variables);
  }

  /** The relations that tie a count of the group, each once. */
  private Set<Relation> touching(List<Integer> group) {
    Set<Relation> touching = new java.util.LinkedHashSet<>();
    group.forEach(cell -> touching.addAll(tables.relations(cell)));
    return touching;
  }

  /**
   * The least or greatest value of one hidden count of the group. The solution is a reading of every
   * count of the group consistent with what is shown, and every side it reaches is noted.
   */
  private double optimum(List<Integer> group, Program program, int v, GoalType goal) {
    if (program.constraints().isEmpty()) {
      return goal == GoalType.MINIMIZE ? 0 : Double.POSITIVE_INFINITY;
    }
    if (++work.solved > work.allowed) {
      throw new SmallCellSuppression.TooFine("more than " + work.allowed + " linear programs needed");
    }
    PointValuePair solution;
    try {
      solution = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(unit(program.variables(), program.variable()[v]), 0),
          new LinearConstraintSet(program.constraints()), goal, new NonNegativeConstraint(true));
    } catch (UnboundedSolutionException e) {
      note(group.get(v), Double.POSITIVE_INFINITY);
      return Double.POSITIVE_INFINITY;
    }
    double[] reading = solution.getPoint();
    for (int k = 0; k < group.size(); k++) {
      note(group.get(k), reading[program.variable()[k]] + program.offset()[k]);
    }
    return solution.getValue() + program.offset()[v];
  }

  /** Notes that a reader cannot rule out {@code value} for a hidden count; a count is safe once what it could be is wide enough. */
  private void note(int cell, double value) {
    if (shown[cell] == Shown.SMALL) {
      if (value <= 1 + TOLERANCE) {
        reachesOne.add(cell);
      }
      if (value >= threshold - TOLERANCE) {
        reachesThreshold.add(cell);
      }
      if (reachesOne.contains(cell) && reachesThreshold.contains(cell)) {
        safeCells.add(cell);
      }
    } else if (Math.abs(value - tables.value(cell)) >= 1 - TOLERANCE) {
      safeCells.add(cell);
    }
  }

  private static double[] unit(int size, int v) {
    double[] coefficients = new double[size];
    coefficients[v] = 1;
    return coefficients;
  }
}

package org.homeward.monitoring.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The share of an institution's people a closure plan means to still be inside on a day, read from
 * its milestones: everyone until the first people move (or admissions stop), three quarters when a
 * quarter have moved, half at half, a quarter at three quarters, nobody once it closes, and a
 * straight line between them.
 */
public final class PlanCurve {

  private final NavigableMap<LocalDate, Double> points = new TreeMap<>();

  /** From planned dates by milestone kind name; kinds that say nothing of moves are ignored. */
  public PlanCurve(Map<String, LocalDate> planned) {
    planned.forEach((kind, on) -> {
      Double share = switch (kind) {
        case "ADMISSIONS_STOPPED", "FIRST_RESIDENTS_MOVED" -> 1.0;
        case "RESIDENTS_MOVED_25" -> 0.75;
        case "RESIDENTS_MOVED_50" -> 0.5;
        case "RESIDENTS_MOVED_75" -> 0.25;
        case "INSTITUTION_CLOSED" -> 0.0;
        default -> null;
      };
      if (share != null && on != null) {
        points.merge(on, share, Math::min);
      }
    });
  }

  /** Whether the plan dates any move at all. */
  public boolean isEmpty() {
    return points.isEmpty() || points.values().stream().allMatch(share -> share == 1.0);
  }

  /** The planned share still inside on {@code day}, from 1 to 0. */
  public double remainingOn(LocalDate day) {
    if (points.isEmpty()) {
      return 1.0;
    }
    Map.Entry<LocalDate, Double> before = points.floorEntry(day);
    Map.Entry<LocalDate, Double> after = points.ceilingEntry(day);
    if (before == null) {
      return 1.0;
    }
    if (after == null || after.getKey().equals(before.getKey())) {
      return before.getValue();
    }
    double span = after.getKey().toEpochDay() - before.getKey().toEpochDay();
    double into = day.toEpochDay() - before.getKey().toEpochDay();
    return before.getValue() + (after.getValue() - before.getValue()) * into / span;
  }
}

package org.homeward.budget.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homeward.budget.control.TransitionInputs.Move;
import org.homeward.budget.control.TransitionInputs.UnitCost;
import org.homeward.budget.entity.SupportIntensity;

/**
 * A plain benchmark, not a test (Surefire does not pick it up): projects 1,000 institutions over 120
 * months, each with 40 to 400 residents moving one by one on their own dates, and prints the time.
 * Run after {@code mvn install -DskipTests}:
 *
 * <pre>java -cp persistence/target/classes:ejb/target/classes:ejb/target/test-classes org.homeward.budget.control.TransitionCostModelBenchmark</pre>
 */
public final class TransitionCostModelBenchmark {

  private TransitionCostModelBenchmark() {}

  public static void main(String[] args) {
    List<TransitionInputs> institutions = institutions(1_000, 120, new Random(7));
    long people = institutions.stream().mapToLong(TransitionInputs::residents).sum();
    for (int warmUp = 0; warmUp < 5; warmUp++) {
      projectAll(institutions);
    }
    int runs = 10;
    long best = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long started = System.nanoTime();
      Projection national = projectAll(institutions);
      best = Math.min(best, System.nanoTime() - started);
      if (national.months().size() != 120) {
        throw new IllegalStateException("expected 120 months");
      }
    }
    System.out.printf("%,d institutions x 120 months (%,d residents' move dates) and the national sum: best of %d runs %.1f ms%n",
        institutions.size(), people, runs, best / 1e6);
  }

  static Projection projectAll(List<TransitionInputs> institutions) {
    List<Projection> projections = new ArrayList<>(institutions.size());
    for (TransitionInputs inputs : institutions) {
      projections.add(TransitionCostModel.project(inputs));
    }
    return Projection.sum("EUR", projections);
  }

  static List<TransitionInputs> institutions(int count, int months, Random random) {
    YearMonth start = YearMonth.of(2027, 1);
    SupportIntensity[] intensities = SupportIntensity.values();
    List<TransitionInputs> all = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      int residents = 40 + random.nextInt(361);
      int lastMove = 12 + random.nextInt(months - 24);
      List<Move> moves = new ArrayList<>(residents);
      for (int r = 0; r < residents; r++) {
        moves.add(new Move(start.plusMonths(1 + random.nextInt(lastMove)), 1, intensities[random.nextInt(intensities.length)], null));
      }
      int perUnit = residents / 4 + 1;
      List<UnitCost> units = List.of(
          new UnitCost("1", perUnit, BigDecimal.valueOf(20_000 + random.nextInt(20_000)), null),
          new UnitCost("2", perUnit, BigDecimal.valueOf(20_000 + random.nextInt(20_000)), null),
          new UnitCost("3", perUnit, BigDecimal.valueOf(20_000 + random.nextInt(20_000)), null),
          new UnitCost("4", perUnit, BigDecimal.valueOf(20_000 + random.nextInt(20_000)), start.plusMonths(lastMove + 1)));
      all.add(new TransitionInputs(start, months, "EUR", BigDecimal.valueOf(150_000 + random.nextInt(100_000)), new BigDecimal("1450.50"),
          residents, units, moves, List.of(), new BigDecimal("4800"),
          Map.of(SupportIntensity.LOW, new BigDecimal("1100"), SupportIntensity.MODERATE, new BigDecimal("2050.75"),
              SupportIntensity.HIGH, new BigDecimal("3600")),
          residents / 2, new BigDecimal("750"), new BigDecimal("3.5")));
    }
    return all;
  }
}

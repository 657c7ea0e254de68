package org.homeward.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.homeward.monitoring.control.PublishedTable;
import org.homeward.monitoring.control.PublishedTable.Shown;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.junit.jupiter.api.Test;

/** Breakdowns too fine for the work allowed are given up, the finest first, down to the area totals. */
class IndicatorBreakdownsTest {

  private static final int SMALL = SmallCellSuppression.DEFAULT_THRESHOLD;
  private static final SmallCellSuppression SUPPRESSION = new SmallCellSuppression(SMALL);

  @Test
  void breakdownsWithinTheWorkAllowedAreAllKept() {
    List<Map<Breakdown, long[][]>> people = counts(new Random(1), 5, 40, 90);
    List<Breakdown> kept = new ArrayList<>(Breakdown.split());

    Map<Breakdown, PublishedTable[]> published = Indicators.publishBreakdowns(kept, people.get(0), people.get(1), 5, SUPPRESSION, SMALL,
        SUPPRESSION.withUsualLimits());

    assertThat(kept).containsExactlyElementsOf(Breakdown.split());
    assertThat(published).containsKeys(Breakdown.NONE, Breakdown.SEX, Breakdown.AGE, Breakdown.DISABILITY);
  }

  @Test
  void whenEvenTheAreaTotalsAreTooFineForTheLimitsTheyAreStillProtectedWithoutThem() {
    List<Map<Breakdown, long[][]>> people = counts(new Random(2), 40, 0, 6);
    List<Breakdown> kept = new ArrayList<>(Breakdown.split());

    Map<Breakdown, PublishedTable[]> published = Indicators.publishBreakdowns(kept, people.get(0), people.get(1), 40, SUPPRESSION, SMALL,
        SUPPRESSION.limitedTo(1, 2));

    assertThat(kept).isEmpty();
    PublishedTable totals = published.get(Breakdown.NONE)[1];
    assertThat(totals.rows()).isEqualTo(40);
    boolean anySmall = false;
    for (int area = 0; area < 40; area++) {
      anySmall |= totals.shown(area, 1) == Shown.SMALL;
    }
    assertThat(anySmall).as("small area totals shown as small").isTrue();
  }

  /** People (index 1) and those of them counted by the indicator (index 0), by area and category, each person once in every breakdown. */
  private static List<Map<Breakdown, long[][]>> counts(Random random, int areas, int least, int most) {
    List<Map<Breakdown, long[][]>> counts = List.of(new EnumMap<>(Breakdown.class), new EnumMap<>(Breakdown.class));
    for (Breakdown split : Breakdown.split()) {
      counts.forEach(c -> c.put(split, new long[areas][split.categories().size()]));
    }
    for (int area = 0; area < areas; area++) {
      int people = least + random.nextInt(most - least + 1);
      for (int person = 0; person < people; person++) {
        boolean counted = random.nextBoolean();
        for (Breakdown split : Breakdown.split()) {
          int category = random.nextInt(split.categories().size());
          counts.get(1).get(split)[area][category]++;
          if (counted) {
            counts.get(0).get(split)[area][category]++;
          }
        }
      }
    }
    return counts;
  }
}

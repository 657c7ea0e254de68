package org.homeward.rights.control;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small-cell suppression for figures that leave an institution (DESIGN, Monitoring): a count from 1
 * to the threshold could point to a person, so it is withheld, and so is any rate made from it. Zero
 * is shown: it points to no one.
 */
public final class SmallCells {

  private SmallCells() {}

  /** Whether {@code count} must be withheld under {@code threshold}. */
  public static boolean suppressed(long count, int threshold) {
    return count >= 1 && count <= threshold;
  }

  /**
   * A breakdown with its small counts withheld ({@code null}). When only one would be withheld, the
   * smallest other count above zero is withheld too, so that the total of the breakdown cannot give
   * it away.
   */
  public static <K> Map<K, Long> withhold(Map<K, Long> counts, int threshold) {
    Map<K, Long> shown = new LinkedHashMap<>(counts);
    long withheld = counts.values().stream().filter(c -> suppressed(c, threshold)).count();
    counts.forEach((k, c) -> {
      if (suppressed(c, threshold)) {
        shown.put(k, null);
      }
    });
    if (withheld == 1) {
      counts.entrySet().stream().filter(e -> e.getValue() > threshold)
          .min(Map.Entry.comparingByValue()).ifPresent(e -> shown.put(e.getKey(), null));
    }
    return shown;
  }
}

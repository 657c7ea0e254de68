package org.homeward.rights.control;

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
}

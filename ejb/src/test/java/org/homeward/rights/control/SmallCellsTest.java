package org.homeward.rights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

  private static Map<String, Long> counts(long received, long review, long answered, long closed) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("received", received);
    counts.put("review", review);
    counts.put("answered", answered);
    counts.put("closed", closed);
    return counts;
  }

  @Test
  void countsFromOneToTheThresholdAreWithheldZeroIsShown() {
    assertThat(SmallCells.withhold(counts(0, 3, 2, 12), 4)).containsEntry("received", 0L).containsEntry("review", null)
        .containsEntry("answered", null).containsEntry("closed", 12L);
  }

  @Test
  void aLoneWithheldCountTakesTheSmallestOtherWithItSoThatTheTotalCannotGiveItAway() {
    assertThat(SmallCells.withhold(counts(3, 7, 9, 0), 4)).containsEntry("received", null).containsEntry("review", null)
        .containsEntry("answered", 9L).containsEntry("closed", 0L);
  }

  @Test
  void nothingIsWithheldWhenEveryCountIsLargeOrZero() {
    assertThat(SmallCells.withhold(counts(5, 0, 30, 6), 4)).isEqualTo(counts(5, 0, 30, 6));
  }
}

package org.homeward.rights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.junit.jupiter.api.Test;

class PublishedCountsTest {

  private static final SmallCellSuppression RULE = new SmallCellSuppression(4);

  private static Map<String, Long> counts(long received, long review, long answered, long closed) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("received", received);
    counts.put("review", review);
    counts.put("answered", answered);
    counts.put("closed", closed);
    return counts;
  }

  @Test
  void zeroIsShownAndLargeCountsWhenTwoSmallOnesHideEachOther() {
    PublishedCounts.Breakdown<String> shown = PublishedCounts.breakdown(counts(0, 3, 2, 12), RULE);

    assertThat(shown.counts()).containsEntry("received", 0L).containsEntry("review", null).containsEntry("answered", null)
        .containsEntry("closed", 12L);
    assertThat(shown.total()).isEqualTo(17L);
  }

  @Test
  void aLoneSmallCountTakesAnotherWithItSoThatTheTotalCannotGiveItAway() {
    PublishedCounts.Breakdown<String> shown = PublishedCounts.breakdown(counts(3, 7, 9, 0), RULE);

    assertThat(shown.counts().get("received")).isNull();
    assertThat(shown.counts().values().stream().filter(java.util.Objects::isNull).count()).isGreaterThanOrEqualTo(2);
    if (shown.total() != null) {
      long known = shown.counts().values().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
      assertThat(shown.total() - known).as("what the total leaves for the hidden counts").isGreaterThan(4);
    }
  }

  @Test
  void nothingSmallNothingWithheld() {
    assertThat(PublishedCounts.breakdown(counts(5, 0, 30, 6), RULE).counts()).isEqualTo(counts(5, 0, 30, 6));
  }

  @Test
  void aSingleCountIsWithheldOnlyWhenSmall() {
    assertThat(PublishedCounts.single(0, RULE)).isZero();
    assertThat(PublishedCounts.single(4, RULE)).isNull();
    assertThat(PublishedCounts.single(5, RULE)).isEqualTo(5L);
  }

  @Test
  void aGridWithholdsASmallRowTotalAndTheCellsBehindIt() {
    PublishedCounts.Grid grid = PublishedCounts.grid(new long[][] {{10, 6}, {2, 0}, {7, 8}}, RULE);

    assertThat(grid.cells()[1][0]).isNull();
    assertThat(grid.rowTotals()[1]).isNull();
    assertThat(grid.cells()[0][0] == null || grid.cells()[2][0] == null).as("another cell of the column withheld with it").isTrue();
  }

  @Test
  void aTableWhoseSmallLabelsAloneGiveACountAwayIsWithheldWhole() {
    PublishedCounts.Grid grid = PublishedCounts.grid(new long[][] {{0, 0, 0, 0, 0, 0}, {1, 0, 1, 1, 1, 0}}, RULE);

    assertThat(grid.cells()[1]).containsOnlyNulls();
    assertThat(grid.cells()[0]).containsOnlyNulls();
    assertThat(grid.rowTotals()).containsOnlyNulls();
    assertThat(grid.columnTotals()).containsOnlyNulls();
    assertThat(grid.grandTotal()).isNull();
  }
}

package org.homeward.qol.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.homeward.qol.entity.LifeDomain;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.qol.entity.Timepoint;
import org.junit.jupiter.api.Test;

/** Ratings side by side: domains as rows, checks as columns from the oldest. */
class QualityOfLifeComparisonTest {

  @Test
  void eachDomainShowsItsRatingAtEachCheckOldestFirst() {
    QualityOfLifeCheck before = new QualityOfLifeCheck(LocalDate.of(2024, 2, 1), Timepoint.BEFORE_MOVE, "Fatima");
    before.answer(LifeDomain.LIVING_SITUATION).setRating(1);
    QualityOfLifeCheck year = new QualityOfLifeCheck(LocalDate.of(2025, 3, 1), Timepoint.ABOUT_ONE_YEAR, "Fatima");
    year.answer(LifeDomain.LIVING_SITUATION).setRating(5);
    year.answer(LifeDomain.HEALTH).setRating(3);

    QualityOfLifeComparison comparison = QualityOfLifeComparison.of(List.of(year, before));

    assertThat(comparison.columns()).containsExactly(before, year);
    assertThat(comparison.rows()).extracting(QualityOfLifeComparison.Row::domain).containsExactly(LifeDomain.values());
    assertThat(comparison.rows().get(0).ratings()).containsExactly(1, 5);
    assertThat(comparison.rows().get(LifeDomain.HEALTH.ordinal()).ratings()).isEqualTo(Arrays.asList(null, 3));
  }
}

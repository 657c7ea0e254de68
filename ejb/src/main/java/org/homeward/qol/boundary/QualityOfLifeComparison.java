package org.homeward.qol.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.homeward.qol.entity.LifeDomain;
import org.homeward.qol.entity.QualityOfLifeCheck;

/**
 * A person's ratings side by side: one row per domain, one column per check, oldest first, so that
 * the change since before the move reads from left to right. A rating is null where the person did
 * not want to answer.
 */
public record QualityOfLifeComparison(List<QualityOfLifeCheck> columns, List<Row> rows) implements Serializable {

  public record Row(LifeDomain domain, List<Integer> ratings) implements Serializable {}

  public static QualityOfLifeComparison of(List<QualityOfLifeCheck> checks) {
    List<QualityOfLifeCheck> columns = checks.stream()
        .sorted(Comparator.comparing(QualityOfLifeCheck::getAskedOn).thenComparing(QualityOfLifeCheck::getTimepoint)).toList();
    List<Row> rows = Arrays.stream(LifeDomain.values())
        .map(d -> new Row(d, columns.stream().map(c -> c.answer(d).getRating()).toList()))
        .toList();
    return new QualityOfLifeComparison(columns, rows);
  }
}

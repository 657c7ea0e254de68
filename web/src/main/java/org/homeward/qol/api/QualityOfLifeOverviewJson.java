package org.homeward.qol.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.qol.boundary.QualityOfLifeComparison;
import org.homeward.qol.control.NextCheck;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.qol.entity.Timepoint;

/**
 * A person's checks, latest first; when the next is due (null when none is); and the ratings side by
 * side, one row per domain and one column per check, oldest first.
 */
@JsonbPropertyOrder({"nextCheckDue", "nextTimepoint", "checks", "comparison"})
public record QualityOfLifeOverviewJson(
    LocalDate nextCheckDue,
    @Schema(implementation = Timepoint.class) String nextTimepoint,
    List<QualityOfLifeJson> checks,
    ComparisonJson comparison) {

  public record ComparisonJson(List<ColumnJson> columns, List<RowJson> rows) {}

  public record ColumnJson(Long id, LocalDate askedOn, @Schema(implementation = Timepoint.class) String timepoint) {}

  public record RowJson(String domain, List<Integer> ratings) {}

  static QualityOfLifeOverviewJson of(List<QualityOfLifeCheck> checks, Optional<NextCheck> next) {
    QualityOfLifeComparison comparison = QualityOfLifeComparison.of(checks);
    return new QualityOfLifeOverviewJson(
        next.map(NextCheck::dueOn).orElse(null),
        next.map(n -> n.timepoint().name()).orElse(null),
        checks.stream().map(QualityOfLifeJson::of).toList(),
        new ComparisonJson(
            comparison.columns().stream().map(c -> new ColumnJson(c.getId(), c.getAskedOn(), EnumParam.name(c.getTimepoint()))).toList(),
            comparison.rows().stream().map(r -> new RowJson(r.domain().field(), r.ratings())).toList()));
  }
}

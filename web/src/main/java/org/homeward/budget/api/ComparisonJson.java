package org.homeward.budget.api;

import java.math.BigDecimal;
import java.util.List;
import org.homeward.budget.boundary.ScenarioResult;
import org.homeward.budget.control.Projection.DoubleFunding;

/** The baseline and each scenario side by side, with each scenario's difference in peak and total double funding from the baseline. */
public record ComparisonJson(String currency, List<Column> scenarios) {

  /** One scenario (the baseline has no id and no scenario). */
  public record Column(ScenarioJson scenario, ProjectionJson.DoubleFundingJson doubleFunding, BigDecimal peakDifference,
      BigDecimal totalDifference) {}

  static ComparisonJson of(List<ScenarioResult> results) {
    DoubleFunding baseline = results.get(0).projection().doubleFunding();
    return new ComparisonJson(results.get(0).projection().currency(), results.stream().map(r -> {
      DoubleFunding d = r.projection().doubleFunding();
      return new Column(r.baseline() ? null : ScenarioJson.of(r.scenario()), ProjectionJson.DoubleFundingJson.of(d),
          d.peak().subtract(baseline.peak()), d.total().subtract(baseline.total()));
    }).toList());
  }
}

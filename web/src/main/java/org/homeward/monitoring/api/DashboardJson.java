package org.homeward.monitoring.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.api.EnumParam;
import org.homeward.monitoring.boundary.Dashboard;
import org.homeward.monitoring.boundary.FigureTable;
import org.homeward.rights.api.RightsFiguresJson;

/**
 * The dashboard as JSON. Table cells are labels: a count, {@code "<5"} for a small count (with the
 * default threshold) or {@code "x"} for a count withheld so that no small one can be worked out.
 */
public record DashboardJson(
    String region,
    Map<String, Long> institutionsByStatus,
    Map<String, Long> milestones,
    TableJson residents,
    TableJson staff,
    TableJson undecidedStaff,
    TableJson outcomes,
    ComplexNeeds complexNeeds,
    List<AlertJson> alerts,
    BurnDownJson burnDown,
    BudgetSummaryJson budget,
    RightsFiguresJson rights,
    Instant asOf) {

  /** People inside at each month's end (the last year) and what the plans mean to leave inside (to two years ahead), rounded to five; null where not shown. */
  public record BurnDownJson(List<String> months, List<Long> actual, List<Long> planned) {}

  /** What needs attention: {@code kind} MILESTONES_OVERDUE, MILESTONES_AT_RISK (with the milestones' count) or COMPLEX_NEEDS_LEFT_BEHIND, and where. */
  public record AlertJson(String kind, String area, String name, Long institutionId, Long count) {}

  /** Share of people with complex support needs among those still inside and among everyone; null where it would rest on a small count. */
  public record ComplexNeeds(Double shareRemaining, Double shareAll, boolean leftBehind) {}

  /** One row per area: a region (drill down with {@code ?region=}) or an institution ({@code institutionId}). */
  public record TableJson(List<String> columns, List<Row> rows, Map<String, String> totals, String grandTotal) {}

  public record Row(String area, String name, Long institutionId, Map<String, String> cells, String total) {}

  static DashboardJson of(Dashboard d) {
    return new DashboardJson(d.region(), EnumParam.byName(d.institutionsByStatus()), EnumParam.byName(d.milestones()), table(d.residents()), table(d.staff()),
        table(d.undecidedStaff()), table(d.outcomes()),
        new ComplexNeeds(d.complexShareRemaining(), d.complexShareAll(), d.complexNeedsLeftBehind()),
        d.alerts().stream().map(a -> new AlertJson(a.kind().name(), a.where().key(), a.where().name(), a.where().institutionId(), a.count()))
            .toList(),
        new BurnDownJson(d.burnDown().months().stream().map(Object::toString).toList(), d.burnDown().actual(), d.burnDown().planned()),
        BudgetSummaryJson.of(d.budget()), RightsFiguresJson.of(d.rights()), d.asOf());
  }

  private static TableJson table(FigureTable t) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < t.areas().size(); i++) {
      var area = t.areas().get(i);
      rows.add(new Row(area.key(), area.name(), area.institutionId(), cells(t, i), t.label(i, t.columns().size())));
    }
    return new TableJson(t.columns(), rows, cells(t, t.areas().size()), t.grandTotal());
  }

  private static Map<String, String> cells(FigureTable t, int row) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int j = 0; j < t.columns().size(); j++) {
      cells.put(t.columns().get(j), t.label(row, j));
    }
    return cells;
  }

}

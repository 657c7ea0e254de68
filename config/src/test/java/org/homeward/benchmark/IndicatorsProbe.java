package org.homeward.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.monitoring.control.IndicatorRepository;

/**
 * The bare SQL behind {@code GET /api/indicators} for the current quarter: the application's own
 * queries ({@code IndicatorRepository}), one per indicator, with the day and the region written in
 * as literals in place of their parameters, and no scope.
 */
final class IndicatorsProbe {

  private static final List<String> ABOUT_RESIDENTS = List.of("AGREED_PLAN", "ADVANCE_DIRECTIVE", "PLAN_COMMUNITY_INCLUSION",
      "PEER_SUPPORT_OFFERED", "COMPLAINTS_ACCESS", "SUPPORTED_DECISION_MAKING", "SUBSTITUTE_DECISION_MAKING", "MOVED_TO_OWN_HOME",
      "MOVED_TO_SUPPORTED_HOUSING", "MOVED_TO_SHARED_HOUSING", "MOVED_TO_FAMILY", "MOVED_TO_GROUP_OR_OTHER", "READMITTED_WITHIN_30_DAYS",
      "READMITTED_WITHIN_180_DAYS", "READMITTED_WITHIN_365_DAYS");

  private IndicatorsProbe() {}

  static Probe indicators(String region) {
    LocalDate today = LocalDate.now();
    LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    List<Probe.Query> queries = new ArrayList<>();
    queries.add(Probe.Query.of("institutions", literal(IndicatorRepository.institutionsSql(region), today, quarter, region)));
    queries.add(Probe.Query.of("staff trained", literal(IndicatorRepository.staffTrainedSql(region), today, quarter, region)));
    for (String indicator : ABOUT_RESIDENTS) {
      queries.add(Probe.Query.of(indicator, literal(IndicatorRepository.residentsSql(indicator, true, region), today, quarter, region)));
    }
    return new Probe(region == null ? "indicators, country" : "indicators, region " + region, "/api/indicators",
        region == null ? Map.of() : Map.of("region", region), List.copyOf(queries));
  }

  private static String literal(String sql, LocalDate day, LocalDate from, String region) {
    return sql.replace("?1", "cast('" + day + "' as date)").replace("?2", "cast('" + from + "' as date)")
        .replace("?3", region == null ? "null" : "'" + region.replace("'", "''") + "'").replace("?4", "false")
        .replace("?5", "cast('{-1}' as bigint[])");
  }
}

package org.homeward.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The bare SQL behind {@code GET /api/indicators} for the current quarter: the application's own
 * queries ({@code IndicatorSql}, read from the built ejb module), one per indicator, with the day and
 * the region written in as literals in place of their parameters, and no scope.
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
    queries.add(Probe.Query.of("institutions", literal(sql("institutions", region), today, quarter, region)));
    queries.add(Probe.Query.of("staff trained", literal(sql("staffTrained", region), today, quarter, region)));
    for (String indicator : ABOUT_RESIDENTS) {
      queries.add(Probe.Query.of(indicator, literal(sql("residents", indicator, true, region), today, quarter, region)));
    }
    return new Probe(region == null ? "indicators, country" : "indicators, region " + region, "/api/indicators",
        region == null ? Map.of() : Map.of("region", region), List.copyOf(queries));
  }

  /** Calls one of {@code IndicatorSql}'s builders, from {@code ejb/target/classes} (the benchmark runs after the build). */
  private static String sql(String builder, Object... arguments) {
    Path classes = Path.of(System.getProperty("benchmark.ejb.classes", "../ejb/target/classes")).toAbsolutePath();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, IndicatorsProbe.class.getClassLoader())) {
      Class<?> type = loader.loadClass("org.homeward.monitoring.control.IndicatorSql");
      for (Method method : type.getMethods()) {
        if (method.getName().equals(builder) && method.getParameterCount() == arguments.length) {
          return (String) method.invoke(null, arguments);
        }
      }
      throw new IllegalStateException("IndicatorSql has no " + builder);
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new IllegalStateException("Could not read IndicatorSql from " + classes, e);
    }
  }

  private static String literal(String sql, LocalDate day, LocalDate from, String region) {
    return sql.replace("?1", "cast('" + day + "' as date)").replace("?2", "cast('" + from + "' as date)")
        .replace("?3", region == null ? "null" : "'" + region.replace("'", "''") + "'").replace("?4", "false")
        .replace("?5", "cast('{-1}' as bigint[])");
  }
}

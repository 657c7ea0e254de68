package org.homeward.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One endpoint the benchmark times through HTTP, next to the bare SQL behind it: the queries the
 * endpoint's code runs (or should need), written by hand and run through JDBC one after the other.
 * To time another endpoint, add a probe to {@link DashboardBenchmark#probes} with its path, its
 * query parameters and its queries (see {@link DashboardProbe} for the dashboard's).
 *
 * @param name what the report calls it
 * @param path the API path, e.g. {@code /api/monitoring/dashboard}
 * @param parameters query parameters of the request
 * @param queries the bare SQL, run in this order as one sample
 */
public record Probe(String name, String path, Map<String, String> parameters, List<Query> queries) {

  /**
   * One hand-written query with its parameters, read to the last row as the application would.
   *
   * @param name what it reads, for failure messages
   */
  public record Query(String name, String sql, List<Object> parameters) {

    public static Query of(String name, String sql, Object... parameters) {
      return new Query(name, sql, List.of(parameters));
    }

    /** Runs it and reads every column of every row; returns the number of rows. */
    public long run(Connection connection) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.size(); i++) {
          statement.setObject(i + 1, parameters.get(i));
        }
        long rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
              rs.getObject(c);
            }
            rows++;
          }
        }
        return rows;
      }
    }
  }

  /** Runs every query once: one sample of the bare SQL. */
  public long runQueries(Connection connection) throws SQLException {
    long rows = 0;
    for (Query query : queries) {
      rows += query.run(connection);
    }
    return rows;
  }
}

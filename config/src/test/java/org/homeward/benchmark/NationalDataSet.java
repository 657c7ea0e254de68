package org.homeward.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The national-scale synthetic data set ({@code benchmark/national-data-set.sql}): at scale 1, 1,000
 * institutions in 20 regions, 200,000 residents with their plans, assessments, placements and
 * follow-up, 60,000 staff, budgets, closure plans, coercive events, complaints and deaths. Set-based
 * SQL run on one connection in one transaction, deterministic for a given scale and day. Load it
 * into a migrated schema as its owner (the audit trail's rows are appended too); run {@link #main}
 * to load it into any Homeward database.
 */
public final class NationalDataSet {

  public static final String RESOURCE = "/benchmark/national-data-set.sql";

  /** The prefix of every generated institution's code, resident's identifier and staff member's name. */
  public static final String PREFIX = "GEN";

  private NationalDataSet() {}

  /** Whether the data set is already in the database (generated institutions exist). */
  public static boolean loaded(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("select exists (select 1 from institution where code like 'GEN-%')")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /**
   * Generates the data set at {@code scale} (1.0 = national scale) with dates relative to {@code
   * today}, printing each step's time to {@code log}, and commits it.
   */
  public static void load(Connection connection, double scale, LocalDate today, PrintStream log) throws SQLException {
    if (!(scale > 0 && scale <= 10)) {
      throw new IllegalArgumentException("scale must be above 0 and at most 10, not " + scale);
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    long start = System.nanoTime();
    try {
      try (PreparedStatement settings = connection.prepareStatement(
          "select set_config('homeward.scale', ?, true), set_config('homeward.today', ?, true)")) {
        settings.setString(1, String.format(Locale.ROOT, "%.6f", scale));
        settings.setString(2, today.toString());
        settings.execute();
      }
      for (Step step : steps()) {
        long t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
          s.execute(step.sql());
        } catch (SQLException e) {
          throw new SQLException("step '" + step.name() + "': " + e.getMessage(), e.getSQLState(), e);
        }
        log.printf(Locale.ROOT, "  %-45s %8.1f s%n", step.name(), (System.nanoTime() - t) / 1e9);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    log.printf(Locale.ROOT, "National data set at scale %s generated in %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
  }

  /** A named section of the script, from one {@code -- step:} line to the next. */
  record Step(String name, String sql) {}

  static List<Step> steps() {
    String script;
    try (InputStream in = NationalDataSet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<Step> steps = new ArrayList<>();
    String[] parts = script.split("(?m)^-- step: ");
    for (int i = 1; i < parts.length; i++) {
      int eol = parts[i].indexOf('\n');
      steps.add(new Step(parts[i].substring(0, eol).strip(), parts[i].substring(eol + 1)));
    }
    return steps;
  }

  /**
   * {@code NationalDataSet <jdbc url> <user> <password> [scale] [today]}: loads the data set into a
   * migrated Homeward database as its schema owner, unless it is there already.
   */
  public static void main(String[] args) throws SQLException {
    if (args.length < 3) {
      System.err.println("Usage: NationalDataSet <jdbc url> <schema owner> <password> [scale, default 1] [today, default today]");
      System.exit(2);
    }
    double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
    LocalDate today = args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.now();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      if (loaded(c)) {
        System.out.println("The national data set is already loaded.");
        return;
      }
      load(c, scale, today, System.out);
    }
  }
}

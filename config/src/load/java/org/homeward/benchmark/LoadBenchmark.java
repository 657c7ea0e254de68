package org.homeward.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load benchmark (README, "Load benchmark"): starts {@code homeward.jar --demo} on the national
 * data set in {@code benchmark.dir} (made by {@link DashboardBenchmark} or copied), gives the data set
 * the users a working day needs, then runs {@link HomewardLoadSimulation} with Gatling once for each
 * number of users in {@code load.users}, each in a JVM of its own, and prints where the reports are.
 *
 * <p>The data set has people, institutions and plans but only the demo accounts, whose scopes are the
 * demo institutions. So that the load touches the national records, it adds (once) 150 focal point
 * workers, each for one generated institution with up to 25 people in their caseload, 40 committee
 * members, two for each region's institutions, and 20 ministry officials, so that no two virtual
 * users share an account, through the users API as an administrator; the
 * caseloads are assigned in SQL as the schema's owner (an assignment row each, as the application
 * writes it), as the data set itself is.
 */
public final class LoadBenchmark {

  static final String PASSWORD = "Load-benchmark-2026";
  static final int FOCAL_POINTS = 150;
  static final int MINISTRY = 20;
  static final int COMMITTEE_PER_REGION = 2;
  static final int CASELOAD = 25;

  private final PrintStream out = System.out;
  private final Path jar = Path.of(System.getProperty("homeward.jar", "target/homeward.jar"));
  private final Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
  private final int port = Integer.getInteger("load.port", 8630);
  private final BenchmarkServer server = new BenchmarkServer(jar, dir, port, out);
  private final int seconds = Integer.getInteger("load.seconds", 120);
  private final List<Integer> userCounts = Arrays.stream(System.getProperty("load.users", "50,200").split(","))
      .map(String::strip).map(Integer::valueOf).toList();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    new LoadBenchmark().run();
  }

  private void run() throws Exception {
    if (!Files.isDirectory(dir.resolve("data/postgres"))) {
      throw new IllegalStateException("No national data set in " + dir + ": make it with the dashboard benchmark "
          + "(README, \"Benchmarks\") or copy one there");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    try {
      server.start(Duration.ofMinutes(5));
      Path feeders = dir.resolve("load");
      Files.createDirectories(feeders);
      String region;
      try (Connection owner = server.connect("homeward_owner", "db-owner-password")) {
        if (!NationalDataSet.loaded(owner)) {
          throw new IllegalStateException("The database in " + dir + " does not hold the national data set");
        }
        region = prepareUsers(owner, feeders);
      }
      for (int users : userCounts) {
        runGatling(users, feeders, region);
      }
    } finally {
      server.stop();
    }
  }

  /** Adds the benchmark's users if they are missing, writes the feeders, and returns a region's name. */
  private String prepareUsers(Connection owner, Path feeders) throws Exception {
    List<Long> institutions = longs(owner, "select id from institution where code like 'GEN-%' order by code limit " + FOCAL_POINTS);
    List<String> regions = strings(owner, "select distinct region from institution where code like 'GEN-%' order by region");
    List<String> focal = new ArrayList<>(List.of("username,residentId"));
    for (int i = 0; i < FOCAL_POINTS; i++) {
      String username = String.format(Locale.ROOT, "load.focal.%02d", i + 1);
      long institution = institutions.get(i % institutions.size());
      long userId = ensureUser(owner, username, "Load focal point " + (i + 1), "FOCAL_POINT", List.of(institution));
      assignCaseload(owner, userId, institution, username);
      for (long resident : longs(owner, "select id from resident where focal_point_id = " + userId + " order by id")) {
        focal.add(username + "," + resident);
      }
    }
    List<String> committee = new ArrayList<>(List.of("username,institutionId"));
    for (int i = 0; i < regions.size() * COMMITTEE_PER_REGION; i++) {
      String username = String.format(Locale.ROOT, "load.committee.%02d", i + 1);
      List<Long> own;
      try (PreparedStatement s = owner.prepareStatement(
          "select id from institution where code like 'GEN-%' and region = ? order by code")) {
        s.setString(1, regions.get(i % regions.size()));
        own = longs(s);
      }
      ensureUser(owner, username, "Load committee member " + (i + 1), "COMMITTEE", own);
      for (long institution : own) {
        committee.add(username + "," + institution);
      }
    }
    List<String> ministry = new ArrayList<>(List.of("username"));
    for (int i = 0; i < MINISTRY; i++) {
      String username = String.format(Locale.ROOT, "load.ministry.%02d", i + 1);
      ensureUser(owner, username, "Load ministry official " + (i + 1), "MINISTRY", List.of());
      ministry.add(username);
    }
    Files.write(feeders.resolve("ministry.csv"), ministry);
    // each virtual user takes the next line: spread the people and institutions over the users
    Files.write(feeders.resolve("focal-points.csv"), interleave(focal));
    Files.write(feeders.resolve("committee.csv"), interleave(committee));
    out.printf(Locale.ROOT, "Load users ready: %d focal point workers (%d people in their caseloads), %d committee members, %d ministry officials%n",
        FOCAL_POINTS, focal.size() - 1, committee.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count(), MINISTRY);
    return regions.get(0);
  }

  /** The header, then the lines taken in turn from each user's block, so that consecutive lines name different users. */
  private static List<String> interleave(List<String> lines) {
    List<String> body = lines.subList(1, lines.size());
    java.util.Map<String, java.util.Deque<String>> byUser = new java.util.LinkedHashMap<>();
    for (String line : body) {
      byUser.computeIfAbsent(line.substring(0, line.indexOf(',')), u -> new java.util.ArrayDeque<>()).add(line);
    }
    List<String> result = new ArrayList<>(List.of(lines.get(0)));
    while (byUser.values().stream().anyMatch(q -> !q.isEmpty())) {
      byUser.values().stream().filter(q -> !q.isEmpty()).forEach(q -> result.add(q.poll()));
    }
    return result;
  }

  private long ensureUser(Connection owner, String username, String name, String role, List<Long> institutions) throws Exception {
    List<Long> existing;
    try (PreparedStatement s = owner.prepareStatement("select id from user_account where username = ?")) {
      s.setString(1, username);
      existing = longs(s);
    }
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    String ids = institutions.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
    String body = "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"roles\":[\"" + role + "\"],"
        + "\"institutionIds\":[" + ids + "],\"password\":\"" + PASSWORD + "\"}";
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/users"))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + BenchmarkServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException("Could not create " + username + ": HTTP " + response.statusCode() + " " + response.body());
    }
    try (PreparedStatement s = owner.prepareStatement("select id from user_account where username = ?")) {
      s.setString(1, username);
      return longs(s).get(0);
    }
  }

  /** Gives the worker people of their institution still inside or preparing, if they have none yet. */
  private void assignCaseload(Connection owner, long userId, long institution, String username) throws SQLException {
    boolean autoCommit = owner.getAutoCommit();
    owner.setAutoCommit(false);
    try (Statement s = owner.createStatement()) {
      s.execute("create temporary table if not exists load_caseload (resident_id bigint) on commit drop");
      s.execute("insert into load_caseload select id from resident where institution_id = " + institution
          + " and focal_point_id is null and status in ('IN_INSTITUTION', 'PREPARING')"
          + " and not exists (select 1 from resident r where r.focal_point_id = " + userId + ")"
          + " order by id limit " + CASELOAD);
      s.execute("update resident set focal_point_id = " + userId + " where id in (select resident_id from load_caseload)");
      s.execute("insert into focal_point_assignment (resident_id, user_id, consent, from_on, recorded_by, recorded_at)"
          + " select resident_id, " + userId + ", 'AGREED', current_date, 'load-benchmark', now() from load_caseload"
          + " where not exists (select 1 from focal_point_assignment a where a.resident_id = load_caseload.resident_id and a.until_on is null)");
      owner.commit();
    } finally {
      owner.setAutoCommit(autoCommit);
    }
  }

  private void runGatling(int users, Path feeders, String region) throws IOException, InterruptedException {
    Path results = dir.resolve("gatling");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = List.of(java, "-Xmx1g", "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "-Dload.base=" + server.base(), "-Dload.users=" + users, "-Dload.seconds=" + seconds,
        "-Dload.feeders=" + feeders.toAbsolutePath(), "-Dload.region=" + region,
        "-cp", System.getProperty("java.class.path"), "io.gatling.app.Gatling",
        "--simulation", HomewardLoadSimulation.class.getName(),
        "--results-folder", results.toAbsolutePath().toString(),
        "--run-description", users + " users, " + seconds + " s");
    out.printf(Locale.ROOT, "%n=== Gatling: %d users for %d s (after a 30 s ramp) ===%n", users, seconds);
    Instant started = Instant.now();
    Process gatling = new ProcessBuilder(command).inheritIO().start();
    int exit = gatling.waitFor();
    out.printf(Locale.ROOT, "=== %d users: Gatling finished with %d after %d s; reports in %s ===%n", users, exit,
        Duration.between(started, Instant.now()).toSeconds(), results);
    try (Stream<Path> runs = Files.list(results)) {
      Optional<Path> latest = runs.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName));
      if (latest.isPresent() && Files.exists(latest.get().resolve("index.html"))) {
        List<String> table = summary(users, Files.readString(latest.get().resolve("index.html"), StandardCharsets.UTF_8));
        table.forEach(out::println);
        Files.write(dir.resolve("load-results.txt"), table, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    }
  }

  /**
   * Gatling's statistics table (all requests, failed ones included), as a Markdown table: per request
   * type the count, failures, throughput and percentiles.
   */
  static List<String> summary(int users, String report) {
    List<String> table = new ArrayList<>(List.of("", users + " users:", "",
        "| request | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |", "|---|---:|---:|---:|---:|---:|---:|---:|"));
    Matcher row = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL).matcher(report);
    Pattern cell = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    while (row.find()) {
      java.util.Map<Integer, String> cells = new java.util.HashMap<>();
      Matcher c = cell.matcher(row.group(2));
      while (c.find()) {
        cells.put(Integer.valueOf(c.group(1)), c.group(2).strip());
      }
      table.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |", row.group(1).replace("&amp;", "&"),
          cells.get(2), cells.get(4), cells.get(6), cells.get(8), cells.get(10), cells.get(11), cells.get(12)));
    }
    return table;
  }

  private static List<Long> longs(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<Long> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
      return values;
    }
  }

  private static List<Long> longs(PreparedStatement s) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      List<Long> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
      return values;
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}

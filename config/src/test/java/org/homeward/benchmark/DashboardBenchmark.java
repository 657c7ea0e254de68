package org.homeward.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times dashboard endpoints on the national data set next to the bare SQL behind them (issue 9,
 * "Performance"): a benchmark, not a test; it asserts nothing about time.
 *
 * <p>Starts Homeward exactly as the run command does ({@code java -jar target/homeward.jar --demo}:
 * embedded PostgreSQL, Payara Micro, migrations, demo users) on its own data directory, loads
 * {@link NationalDataSet} into it once (kept for later runs), then for each {@link Probe}: warms up,
 * times {@code samples} requests as the {@code ministry} demo user and {@code samples} runs of the
 * bare SQL through JDBC as the application's database role, and prints median and p95 of both and
 * their ratio. Run with {@code mvn -Pbenchmark verify -pl config -DskipTests} (see README,
 * "Benchmarks"); system properties {@code benchmark.scale} (1), {@code benchmark.samples} (50),
 * {@code benchmark.warmup} (20), {@code benchmark.timeout} (60 s for the first answer of each
 * endpoint; one that takes longer is reported so and not sampled), {@code benchmark.port} (8580), {@code benchmark.dir}
 * (target/benchmark), {@code benchmark.fresh} (false: keep a data set already loaded).
 */
public final class DashboardBenchmark {

  private static final String DEMO_PASSWORD = "Homeward-demo-2026";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

  private final Path jar = Path.of(System.getProperty("homeward.jar", "target/homeward.jar"));
  private final Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
  private final double scale = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
  private final int port = Integer.getInteger("benchmark.port", 8580);
  private final int warmup = Integer.getInteger("benchmark.warmup", 20);
  private final int samples = Integer.getInteger("benchmark.samples", 50);
  private final int timeout = Integer.getInteger("benchmark.timeout", 60);
  private final PrintStream out = System.out;
  private final BenchmarkServer server = new BenchmarkServer(jar, dir, port, out);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** What is timed: add a probe here (path, parameters, bare SQL) to time another endpoint. */
  static List<Probe> probes(String region) {
    return List.of(DashboardProbe.dashboard(null), DashboardProbe.dashboard(region), IndicatorsProbe.indicators(null),
        IndicatorsProbe.indicators(region));
  }

  public static void main(String[] args) throws Exception {
    new DashboardBenchmark().run();
  }

  private void run() throws Exception {
    if (Boolean.getBoolean("benchmark.fresh")) {
      delete(dir);
    }
    Files.createDirectories(dir);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    try {
      server.start(START_TIMEOUT);
      try (Connection owner = server.connect("homeward_owner", "db-owner-password")) {
        if (NationalDataSet.loaded(owner)) {
          out.println("The national data set is already loaded in " + dir + " (-Dbenchmark.fresh=true makes a new one).");
        } else {
          out.printf(Locale.ROOT, "Generating the national data set at scale %s ...%n", scale);
          NationalDataSet.load(owner, scale, LocalDate.now(), out);
        }
        printSizes(owner);
      }
      String token = token("ministry");
      List<String> lines = new ArrayList<>();
      try (Connection app = server.connect("homeward", "db-password")) {
        String region = string(app, "select min(region) from institution where code like 'GEN-%'");
        lines.add(String.format(Locale.ROOT, "%-34s %10s %10s %10s %10s %8s %8s %10s", "endpoint (ms)", "HTTP p50", "HTTP p95", "SQL p50", "SQL p95",
            "ratio", "KB", "first"));
        for (Probe probe : probes(region)) {
          lines.add(measure(probe, token, app));
        }
      }
      out.println();
      out.printf(Locale.ROOT, "Each figure of %d samples after %d warm-up runs; ratio = HTTP p50 / SQL p50; KB = response size;%n"
          + "first = the first answer, which works the figures out (later national dashboards are served as worked out, see README).%n", samples, warmup);
      lines.forEach(out::println);
      Files.write(dir.resolve("results.txt"), lines);
    } finally {
      server.stop();
    }
  }

  private String measure(Probe probe, String token, Connection app) throws Exception {
    String query = probe.parameters().entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + probe.path() + (query.isEmpty() ? "" : "?" + query)))
        .header("Authorization", "Bearer " + token).header("Accept", "application/json").timeout(Duration.ofSeconds(timeout)).build();
    HttpResponse<byte[]> first;
    long firstNanos = System.nanoTime();
    try {
      first = send(request);
      firstNanos = System.nanoTime() - firstNanos;
    } catch (java.net.http.HttpTimeoutException e) {
      long[] sql = new long[samples];
      for (int i = 0; i < samples; i++) {
        long t = System.nanoTime();
        probe.runQueries(app);
        sql[i] = System.nanoTime() - t;
      }
      String line = String.format(Locale.ROOT, "%-34s %21s %10.1f %10.1f", probe.name(), "> " + timeout + " s, no answer",
          percentile(sql, 50), percentile(sql, 95));
      out.println(line);
      return line;
    }
    if (first.statusCode() != 200) {
      throw new IllegalStateException(probe.name() + ": HTTP " + first.statusCode() + " " + new String(first.body(), StandardCharsets.UTF_8));
    }
    for (int i = 0; i < warmup; i++) {
      send(request);
      probe.runQueries(app);
    }
    long[] web = new long[samples];
    long[] sql = new long[samples];
    for (int i = 0; i < samples; i++) {
      long t = System.nanoTime();
      HttpResponse<byte[]> response = send(request);
      web[i] = System.nanoTime() - t;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(probe.name() + ": HTTP " + response.statusCode());
      }
      t = System.nanoTime();
      probe.runQueries(app);
      sql[i] = System.nanoTime() - t;
    }
    double webMedian = percentile(web, 50);
    double sqlMedian = percentile(sql, 50);
    String line = String.format(Locale.ROOT, "%-34s %10.1f %10.1f %10.1f %10.1f %8.2f %8d %10.0f", probe.name(), webMedian, percentile(web, 95),
        sqlMedian, percentile(sql, 95), webMedian / sqlMedian, first.body().length / 1024, firstNanos / 1e6);
    out.println(line);
    for (Probe.Query q : probe.queries()) {
      long[] each = new long[Math.min(samples, 10)];
      for (int i = 0; i < each.length; i++) {
        long t = System.nanoTime();
        q.run(app);
        each[i] = System.nanoTime() - t;
      }
      out.printf(Locale.ROOT, "    bare SQL %-25s p50 %8.1f ms%n", q.name(), percentile(each, 50));
    }
    return line;
  }

  /** Sends the request, once more if the server closed a kept-alive connection just as it was reused. */
  private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.net.http.HttpTimeoutException e) {
      throw e;
    } catch (IOException e) {
      out.println("    (request sent again after: " + e.getMessage() + ")");
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  /** The nearest-rank percentile in milliseconds. */
  static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private void printSizes(Connection c) throws SQLException {
    StringBuilder sizes = new StringBuilder("Data set:");
    for (String table : List.of("institution", "resident", "staff_member", "plan_milestone", "plan_action", "needs_assessment",
        "domain_assessment", "support_plan_revision", "placement", "follow_up_visit", "budget_line", "budget_actual", "coercive_event",
        "complaint", "institution_death")) {
      sizes.append(String.format(Locale.ROOT, " %s %,d;", table, Long.parseLong(string(c, "select count(*) from " + table))));
    }
    out.println(sizes);
  }

  private String token(String username) throws IOException, InterruptedException {
    String body = "{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}";
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/auth/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("No token for " + username + ": HTTP " + response.statusCode());
    }
    return token.group(1);
  }

  private static String string(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

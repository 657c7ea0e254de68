package org.homeward.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two Homeward nodes as an operator would run them on one machine: one PostgreSQL (started here,
 * owned by neither node, so that killing a node never takes the database with it), two launchers
 * started at the same moment with {@code HOMEWARD_CLUSTER} on loopback, and Debian's HAProxy in front
 * of them, sticky by a cookie naming the node, health-checking {@code /health/ready} and sending a
 * request whose node has died to the other one.
 *
 * <p>Ports: HAProxy 8620, the nodes 8621 and 8622, PostgreSQL 8629, the data grid 6910 and 6911.
 */
final class TwoNodeCluster implements AutoCloseable {

  static final int BALANCER_PORT = 8620;
  static final int[] NODE_PORTS = {8621, 8622};
  static final int[] GRID_PORTS = {6910, 6911};
  static final int DATABASE_PORT = 8629;
  static final String OWNER_PASSWORD = "cluster-owner-password";
  static final String APP_PASSWORD = "cluster-app-password";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private final Path jar = Path.of(System.getProperty("homeward.jar", "target/homeward.jar")).toAbsolutePath();
  private final Path dir = Path.of(System.getProperty("homeward.it.dir", "target/it")).resolveSibling("cluster").toAbsolutePath();
  private final Process[] nodes = new Process[NODE_PORTS.length];
  private EmbeddedPostgres postgres;
  private Process balancer;

  /** Starts the database, both nodes at once, and the balancer; returns when all answer. */
  static TwoNodeCluster start() throws Exception {
    TwoNodeCluster cluster = new TwoNodeCluster();
    try {
      cluster.startAll();
      return cluster;
    } catch (Exception | AssertionError e) {
      cluster.close();
      throw e;
    }
  }

  private void startAll() throws Exception {
    if (!Files.isExecutable(Path.of("/usr/sbin/haproxy"))) {
      throw new IllegalStateException("The cluster test needs Debian's HAProxy: apt-get install -y haproxy");
    }
    clean();
    Files.createDirectories(dir);
    postgres = EmbeddedPostgres.builder()
        .setDataDirectory(dir.resolve("postgres"))
        .setCleanDataDirectory(true)
        .setPort(DATABASE_PORT)
        // the binaries' jar is on this class path twice (from Maven and through homeward.jar's lib/)
        .setPgBinaryResolver((system, hardware) -> TwoNodeCluster.class.getResourceAsStream(
            "/postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + hardware + ".txz"))
        .setServerConfig("listen_addresses", "127.0.0.1")
        .start();
    try (Connection c = superuser(); Statement s = c.createStatement()) {
      s.execute("create role homeward_owner login password '" + OWNER_PASSWORD + "'");
      s.execute("create role homeward login password '" + APP_PASSWORD + "'");
      s.execute("create database homeward owner homeward_owner encoding 'UTF8'");
    }
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = startNode(i);
    }
    for (int i = 0; i < nodes.length; i++) {
      awaitReady(i);
    }
    balancer = startBalancer();
    awaitBalancer();
  }

  String balancerUri() {
    return "http://127.0.0.1:" + BALANCER_PORT;
  }

  String nodeUri(int node) {
    return "http://127.0.0.1:" + NODE_PORTS[node];
  }

  /** The node HAProxy's cookie value names ({@code n1}, {@code n2}), from 0. */
  static int nodeNamed(String cookie) {
    return Integer.parseInt(cookie.substring(1)) - 1;
  }

  /** The database as its superuser, for the test's own checks. */
  Connection superuser() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + DATABASE_PORT + "/postgres", "postgres", "postgres");
  }

  Connection homewardDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + DATABASE_PORT + "/homeward", "postgres", "postgres");
  }

  String log(int node) throws IOException {
    return Files.readString(dir.resolve("node" + (node + 1) + ".log"), StandardCharsets.UTF_8);
  }

  /** Kills a node as a power cut would: SIGKILL to the server and its launcher, no shutdown hook. */
  void kill(int node) throws InterruptedException {
    Process process = nodes[node];
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean alive(int node) {
    return nodes[node] != null && nodes[node].isAlive();
  }

  private Process startNode(int i) throws IOException {
    Path nodeDir = dir.resolve("node" + (i + 1));
    Files.createDirectories(nodeDir);
    ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", jar.toString(), "--demo")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("node" + (i + 1) + ".log").toFile()));
    Map<String, String> env = builder.environment();
    env.put("HOMEWARD_DATA_DIR", nodeDir.toString());
    env.put("HOMEWARD_PORT", String.valueOf(NODE_PORTS[i]));
    env.put("HOMEWARD_ADMIN_PASSWORD", RunningHomeward.ADMIN_PASSWORD);
    env.put("HOMEWARD_DB_URL", "jdbc:postgresql://127.0.0.1:" + DATABASE_PORT + "/homeward");
    env.put("HOMEWARD_DB_USER", "homeward");
    env.put("HOMEWARD_DB_PASSWORD", APP_PASSWORD);
    env.put("HOMEWARD_DB_MIGRATION_USER", "homeward_owner");
    env.put("HOMEWARD_DB_MIGRATION_PASSWORD", OWNER_PASSWORD);
    env.put("HOMEWARD_CLUSTER", "homeward-it");
    env.put("HOMEWARD_CLUSTER_MEMBERS", "127.0.0.1:" + GRID_PORTS[0] + ",127.0.0.1:" + GRID_PORTS[1]);
    env.put("HOMEWARD_CLUSTER_PORT", String.valueOf(GRID_PORTS[i]));
    return builder.start();
  }

  private Process startBalancer() throws IOException {
    StringBuilder config = new StringBuilder("""
        global
          maxconn 1000
        defaults
          mode http
          timeout connect 2s
          timeout client 60s
          timeout server 60s
          retries 3
          option redispatch
        frontend homeward
          bind 127.0.0.1:%d
          default_backend nodes
        backend nodes
          balance roundrobin
          cookie HOMEWARD_NODE insert indirect nocache httponly
          option httpchk GET /health/ready
          default-server inter 1s fall 2 rise 2
        """.formatted(BALANCER_PORT));
    for (int i = 0; i < NODE_PORTS.length; i++) {
      config.append("  server n%d 127.0.0.1:%d check cookie n%d%n".formatted(i + 1, NODE_PORTS[i], i + 1));
    }
    Path file = dir.resolve("haproxy.cfg");
    Files.writeString(file, config.toString(), StandardCharsets.UTF_8);
    return new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", file.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log").toFile()))
        .start();
  }

  private void awaitReady(int node) throws InterruptedException {
    awaitOk(URI.create(nodeUri(node) + "/health/ready"), () -> nodes[node].isAlive(), "node " + (node + 1));
  }

  private void awaitBalancer() throws InterruptedException {
    awaitOk(URI.create(balancerUri() + "/health/ready"), () -> balancer.isAlive(), "HAProxy");
  }

  private void awaitOk(URI uri, java.util.function.BooleanSupplier alive, String what) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!alive.getAsBoolean()) {
        throw new IllegalStateException(what + " stopped while starting; see the logs in " + dir);
      }
      try {
        if (http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(what + " was not ready within " + START_TIMEOUT + "; see the logs in " + dir);
  }

  @Override
  public void close() {
    List<Process> all = new ArrayList<>();
    if (balancer != null) {
      all.add(balancer);
    }
    for (Process node : nodes) {
      if (node != null) {
        all.add(node);
      }
    }
    for (Process process : all) {
      process.destroy();
    }
    for (Process process : all) {
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        // the directory is cleaned on the next run
      }
    }
  }

  private void clean() throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}

package org.homeward.system;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A launcher of its own ({@code java -jar homeward.jar --demo}) on its own port and data directory,
 * for the tests that kill it, kill its database or restore a backup into it: the shared server of
 * {@link RunningHomeward} is left alone. Only loopback addresses are used.
 */
public final class SeparateHomeward {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
      .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 60_000));

  private final Path jar = Path.of(System.getProperty("homeward.jar", "target/homeward.jar"));
  private final Path dir;
  private final int port;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private Process launcher;

  /** A launcher on {@code port} with its data in {@code target/<name>/data}, emptied first. */
  public SeparateHomeward(String name, int port) {
    this.dir = Path.of(System.getProperty("homeward.it.dir", "target/it")).resolveSibling(name).toAbsolutePath();
    this.port = port;
    delete(dir);
  }

  public Path dataDir() {
    return dir.resolve("data");
  }

  public Path log() {
    return dir.resolve("homeward.log");
  }

  public String baseUri() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the launcher with {@code --demo} and waits until Homeward answers ready. */
  public SeparateHomeward start() {
    return start(Map.of());
  }

  /** Starts the launcher with {@code --demo} and extra environment variables. */
  public synchronized SeparateHomeward start(Map<String, String> environment) {
    try {
      Files.createDirectories(dir);
      ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
          jar.toAbsolutePath().toString(), "--demo")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      builder.environment().put("HOMEWARD_DATA_DIR", dataDir().toString());
      builder.environment().put("HOMEWARD_PORT", String.valueOf(port));
      builder.environment().put("HOMEWARD_ADMIN_PASSWORD", RunningHomeward.ADMIN_PASSWORD);
      builder.environment().remove("HOMEWARD_DB_URL");
      builder.environment().putAll(environment);
      launcher = builder.start();
      awaitReady();
      tokens.clear();
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + jar, e);
    }
  }

  /** Stops the launcher as an operator would (SIGTERM): the server, then the database. */
  public synchronized void stop() {
    if (launcher == null || !launcher.isAlive()) {
      return;
    }
    launcher.destroy();
    try {
      if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * SIGKILL to the launcher and to the application server it runs (Payara Micro's JVM), at once, as
   * when the machine's OOM killer or an operator's {@code kill -9} ends the Java side. The embedded
   * PostgreSQL is a process of its own and keeps running, as it would.
   */
  public synchronized void killApplicationServer() {
    Optional<ProcessHandle> server = applicationServer();
    launcher.destroyForcibly();
    server.ifPresent(ProcessHandle::destroyForcibly);
    server.ifPresent(s -> s.onExit().join());
    launcher.onExit().join();
  }

  /** SIGKILL to the embedded PostgreSQL's postmaster (its pid from {@code postmaster.pid}). */
  public ProcessHandle killPostgres() {
    ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow(() -> new IllegalStateException("no postmaster"));
    postmaster.destroyForcibly();
    postmaster.onExit().join();
    return postmaster;
  }

  public long postmasterPid() {
    return Long.parseLong(postmasterPidLines().get(0).strip());
  }

  /** The Payara Micro JVM the launcher started. */
  public Optional<ProcessHandle> applicationServer() {
    return launcher.descendants().filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false)).findFirst();
  }

  public boolean launcherAlive() {
    return launcher != null && launcher.isAlive();
  }

  /** A JDBC connection to the embedded database as the application's role (port from postmaster.pid). */
  public Connection database() throws SQLException {
    try {
      String password = Files.readString(dataDir().resolve("db-password"), StandardCharsets.UTF_8).strip();
      return DriverManager.getConnection(jdbcUrl(), "homeward", password);
    } catch (IOException e) {
      throw new SQLException("Cannot read the database password", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postmasterPidLines().get(3).strip() + "/homeward";
  }

  private List<String> postmasterPidLines() {
    try {
      return Files.readAllLines(dataDir().resolve("postgres/postmaster.pid"));
    } catch (IOException e) {
      throw new IllegalStateException("The embedded database is not running", e);
    }
  }

  public RequestSpecification anonymous() {
    return given().config(TIMEOUTS).baseUri(baseUri()).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /** Requests as a demo user (or the administrator), with a token fetched once per start. */
  public RequestSpecification as(String username) {
    String token = tokens.computeIfAbsent(username, u -> anonymous()
        .body(Map.of("username", u, "password", Api.password(u)))
        .post("/api/auth/token").then().statusCode(200).extract().path("accessToken"));
    return anonymous().header("Authorization", "Bearer " + token);
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!launcher.isAlive()) {
        throw new IllegalStateException("Homeward stopped while starting; see " + log());
      }
      if (answersReady(http, ready)) {
        return;
      }
      pause(Duration.ofSeconds(1));
    }
    stop();
    throw new IllegalStateException("Homeward was not ready within " + START_TIMEOUT + "; see " + log());
  }

  /** Whether Homeward answers {@code /health/ready} with 200 now. */
  public boolean ready() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    return answersReady(http, HttpRequest.newBuilder(URI.create(baseUri() + "/health/ready")).timeout(Duration.ofSeconds(5)).build());
  }

  private static boolean answersReady(HttpClient http, HttpRequest ready) {
    try {
      return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot clean " + path, e);
    }
  }
}

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar homeward.jar --demo} on a benchmark's data directory ({@code <dir>/data}, kept
 * between runs, unlike the tests' servers), its log in {@code <dir>/homeward.log}.
 */
final class BenchmarkServer {

  static final String ADMIN_PASSWORD = "Admin-password-for-benchmarks";

  private final Path jar;
  private final Path dir;
  private final int port;
  private final PrintStream out;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process server;

  BenchmarkServer(Path jar, Path dir, int port, PrintStream out) {
    this.jar = jar;
    this.dir = dir;
    this.port = port;
    this.out = out;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the launcher and waits until Homeward answers ready. */
  void start(Duration timeout) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
        jar.toAbsolutePath().toString(), "--demo")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("homeward.log").toFile()));
    builder.environment().put("HOMEWARD_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
    builder.environment().put("HOMEWARD_PORT", String.valueOf(port));
    builder.environment().put("HOMEWARD_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().remove("HOMEWARD_DB_URL");
    out.println("Starting " + jar + " on port " + port + " (log in " + dir.resolve("homeward.log") + ") ...");
    Instant started = Instant.now();
    server = builder.start();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(base() + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = started.plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new IllegalStateException("Homeward stopped while starting; see " + dir.resolve("homeward.log"));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          out.printf(Locale.ROOT, "Ready after %d s%n", Duration.between(started, Instant.now()).toSeconds());
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Homeward was not ready within " + timeout + "; see " + dir.resolve("homeward.log"));
  }

  /** Stops the launcher as an operator would (SIGTERM), forcibly after 90 s. */
  synchronized void stop() {
    if (server == null || !server.isAlive()) {
      return;
    }
    server.destroy();
    try {
      if (!server.waitFor(90, TimeUnit.SECONDS)) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A connection to the embedded database the launcher started, as one of its two roles. */
  Connection connect(String role, String passwordFile) throws IOException, SQLException {
    Path data = dir.resolve("data");
    String dbPort = Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip();
    String password = Files.readString(data.resolve(passwordFile), StandardCharsets.UTF_8).strip();
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/homeward", role, password);
  }
}

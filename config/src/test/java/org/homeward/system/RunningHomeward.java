package org.homeward.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Homeward as a user runs it: {@code java -jar homeward.jar --demo}, with its own data directory and
 * port, started once for all system tests and stopped at the end of the run. The restart test stops
 * and starts it again on the same data.
 */
public final class RunningHomeward {

  public static final String ADMIN_PASSWORD = "Admin-password-for-tests";
  public static final String DEMO_PASSWORD = "Homeward-demo-2026";
  private static final int PORT = Integer.getInteger("homeward.it.port", 8580);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private static RunningHomeward instance;

  private final Path jar = Path.of(System.getProperty("homeward.jar", "target/homeward.jar"));
  private final Path dir = Path.of(System.getProperty("homeward.it.dir", "target/it"));
  private Process process;

  private RunningHomeward() {}

  /** The running server, started on first use. */
  public static synchronized RunningHomeward get() {
    if (instance == null) {
      instance = new RunningHomeward();
      instance.clean();
      instance.start();
    }
    return instance;
  }

  static synchronized void stopIfStarted() {
    if (instance != null) {
      instance.stop();
      instance = null;
    }
  }

  public String baseUri() {
    return "http://127.0.0.1:" + PORT;
  }

  /** Stops the server as an operator would (SIGTERM) and starts it again on the same data. */
  public synchronized void restart() {
    stop();
    start();
  }

  /** Every run starts on an empty data directory. */
  private void clean() {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot clean " + dir, e);
    }
  }

  private void start() {
    try {
      Files.createDirectories(dir);
      ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", jar.toAbsolutePath().toString(), "--demo")
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("homeward.log").toFile()));
      builder.environment().put("HOMEWARD_DATA_DIR", dir.resolve("data").toAbsolutePath().toString());
      builder.environment().put("HOMEWARD_PORT", String.valueOf(PORT));
      builder.environment().put("HOMEWARD_ADMIN_PASSWORD", ADMIN_PASSWORD);
      builder.environment().remove("HOMEWARD_DB_URL");
      process = builder.start();
      awaitReady();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + jar, e);
    }
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/health/ready")).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Homeward stopped while starting; see " + dir.resolve("homeward.log"));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    stop();
    throw new IllegalStateException("Homeward was not ready within " + START_TIMEOUT + "; see " + dir.resolve("homeward.log"));
  }

  private void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static void sleep() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

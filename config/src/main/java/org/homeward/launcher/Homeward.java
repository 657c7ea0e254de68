package org.homeward.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar homeward.jar [--demo]}: starts the database (embedded unless {@code
 * HOMEWARD_DB_URL} is set), then Payara Micro with Homeward's WAR in a child process, waits until
 * Homeward answers {@code /health/ready}, and on Ctrl-C or SIGTERM stops the server and then the
 * database. {@code --backup FILE} and {@code --restore FILE} back up and restore the embedded
 * database ({@link Backups}).
 */
public final class Homeward {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
  private static final String SERVER_PID = "server.pid";

  private Homeward() {}

  public static void main(String[] args) throws Exception {
    if (Arrays.asList(args).contains("--help")) {
      System.out.println("Usage: java -jar homeward.jar [--demo]\n"
          + "       java -jar homeward.jar --backup FILE    (the embedded database, while Homeward runs or not)\n"
          + "       java -jar homeward.jar --restore FILE   (into a new, empty HOMEWARD_DATA_DIR)\n"
          + "Settings (environment): HOMEWARD_DATA_DIR, HOMEWARD_PORT, HOMEWARD_BIND_ADDRESS, HOMEWARD_DB_URL,\n"
          + "HOMEWARD_DB_USER, HOMEWARD_DB_PASSWORD, HOMEWARD_ADMIN_PASSWORD, HOMEWARD_DEMO,\n"
          + "HOMEWARD_CLUSTER, HOMEWARD_CLUSTER_MEMBERS, HOMEWARD_CLUSTER_PORT, HOMEWARD_CLUSTER_ADDRESS. See README.md.");
      return;
    }
    Settings settings;
    try {
      settings = Settings.from(System.getenv(), List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("Homeward: " + e.getMessage());
      System.exit(2);
      return;
    }
    int maintenance = Math.max(List.of(args).indexOf("--backup"), List.of(args).indexOf("--restore"));
    if (maintenance >= 0) {
      if (maintenance + 1 >= args.length) {
        System.err.println("Homeward: " + args[maintenance] + " needs a FILE");
        System.exit(2);
      }
      Path file = Path.of(args[maintenance + 1]);
      System.exit("--backup".equals(args[maintenance]) ? Backups.backup(settings, file) : Backups.restore(settings, file));
      return;
    }
    Files.createDirectories(settings.dataDir());
    FileChannel lockChannel = FileChannel.open(settings.dataDir().resolve("homeward.lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = lockChannel.tryLock();
    if (lock == null) {
      System.err.println("Homeward: another Homeward is already running on " + settings.dataDir());
      System.exit(1);
      return;
    }

    stopOrphanServer(settings.dataDir());
    Map<String, String> env = new java.util.HashMap<>();
    EmbeddedDatabase database = null;
    if (settings.externalDbUrl().isEmpty()) {
      database = EmbeddedDatabase.start(settings.dataDir());
      env.put("HOMEWARD_DB_URL", database.jdbcUrl());
      env.put("HOMEWARD_DB_USER", database.user());
      env.put("HOMEWARD_DB_PASSWORD", database.password());
      database.owner().ifPresent(owner -> env.put("HOMEWARD_DB_MIGRATION_USER", owner));
      database.ownerPassword().ifPresent(p -> env.put("HOMEWARD_DB_MIGRATION_PASSWORD", p));
      System.out.println("Homeward: embedded PostgreSQL started, data in " + settings.dataDir().resolve("postgres"));
    } else {
      System.out.println("Homeward: using the external database " + settings.externalDbUrl().get().replaceAll("password=[^&]*", "password=***"));
    }
    if (settings.demo()) {
      env.put("HOMEWARD_DEMO", "true");
    }

    Process server = startServer(settings, env);
    Files.writeString(settings.dataDir().resolve(SERVER_PID), String.valueOf(server.pid()), StandardCharsets.UTF_8);
    EmbeddedDatabase db = database;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, db, lock), "homeward-shutdown"));

    if (waitUntilReady(settings, server)) {
      settings.cluster().ifPresent(c -> System.out.println("Homeward: node of cluster '" + c.name()
          + "', data grid on " + c.address() + ":" + c.port() + ", members " + String.join(",", c.members())));
      System.out.println("\nHomeward is ready at http://localhost:" + settings.port() + "/  (Ctrl-C stops it)\n");
    } else if (server.isAlive()) {
      System.err.println("Homeward: the server did not become ready within " + READY_TIMEOUT.toMinutes() + " minutes; see the log above.");
      System.exit(1);
    }
    int exit = server.waitFor();
    if (exit != 0 && exit != 143 && exit != 130) {
      System.err.println("Homeward: the server stopped with exit code " + exit + "; see the log above.");
      System.exit(exit);
    }
  }

  private static Process startServer(Settings settings, Map<String, String> env) throws IOException {
    Path home = home();
    Path preBoot = Files.createTempFile("homeward-pre-boot", ".asadmin");
    preBoot.toFile().deleteOnExit();
    try (InputStream template = Homeward.class.getResourceAsStream("/pre-boot-commands.asadmin")) {
      String commands = new String(template.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${HOMEWARD_BIND_ADDRESS}", settings.bindAddress());
      Files.writeString(preBoot, commands, StandardCharsets.UTF_8);
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java,
        "-Xss1m", "-XX:+UseG1GC", "-XX:MaxRAMPercentage=50",
        "-Djava.security.egd=file:/dev/urandom"));
    // the data grid listens on the interface it is given, not on every one
    settings.cluster().ifPresent(c -> command.add("-Dhazelcast.socket.bind.any=false"));
    command.addAll(List.of(
        "-jar", home.resolve("lib/payara-micro.jar").toString(),
        "--deploy", home.resolve("lib/homeward.war").toString(),
        "--contextroot", "/",
        "--port", String.valueOf(settings.port()),
        "--prebootcommandfile", preBoot.toString(),
        "--nohostaware"));
    command.addAll(dataGrid(settings));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(env);
    return builder.start();
  }

  /**
   * Stops an application server left running by a launcher that was killed (SIGKILL, a crash): it
   * would hold the port and keep writing to the database the new launcher is about to take over.
   */
  private static void stopOrphanServer(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve(SERVER_PID);
    if (!Files.exists(pidFile)) {
      return;
    }
    String pid = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
    Optional<ProcessHandle> orphan = (pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.<ProcessHandle>empty())
        .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false));
    if (orphan.isPresent()) {
      System.out.println("Homeward: stopping an application server left running by an earlier launcher (pid " + pid + ")");
      orphan.get().destroy();
      try {
        orphan.get().onExit().get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        orphan.get().destroyForcibly();
      }
    }
    Files.deleteIfExists(pidFile);
  }

  /**
   * Payara's data grid: off for a single node; for a cluster, joined by the listed members only
   * (TCP/IP discovery; Payara's default, multicast, would announce the node to the whole network).
   */
  static List<String> dataGrid(Settings settings) {
    if (settings.cluster().isEmpty()) {
      // --nohazelcast, not --nocluster: with the latter Payara still opens its data-grid port on every interface
      return List.of("--nohazelcast");
    }
    Settings.Cluster cluster = settings.cluster().get();
    String members = cluster.members().stream()
        .map(m -> m.contains(":") ? m : m + ":" + Settings.DEFAULT_CLUSTER_PORT)
        .collect(java.util.stream.Collectors.joining(","));
    return List.of(
        "--clustername", cluster.name(),
        "--clustermode", "tcpip:" + members,
        "--interfaces", cluster.address(),
        "--startport", String.valueOf(cluster.port()),
        "--name", cluster.name() + "-" + settings.port());
  }

  /** The folder holding homeward.jar and its lib/ folder. */
  private static Path home() {
    try {
      return Path.of(Homeward.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean waitUntilReady(Settings settings, Process server) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + settings.port() + "/health/ready");
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    return false;
  }

  private static void stop(Process server, EmbeddedDatabase database, FileLock lock) {
    if (server.isAlive()) {
      server.destroy();
      try {
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      } catch (InterruptedException e) {
        server.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        System.err.println("Homeward: could not stop the embedded database cleanly: " + e.getMessage());
      }
    }
    try {
      lock.release();
      lock.channel().close();
    } catch (IOException e) {
      // released with the process anyway
    }
    System.out.println("Homeward: stopped.");
  }
}

package org.homeward.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A real PostgreSQL server run from binaries shipped in a Maven jar, with its data in {@code
 * <data dir>/postgres} so that it survives restarts. Durability is switched back on (the library
 * turns fsync off for tests), and a server left behind by a launcher that was killed is stopped
 * before a new one starts on the same directory. A server that dies while Homeward runs (killed,
 * crashed) is started again on the same port, as a service manager would restart it: PostgreSQL
 * recovers from its write-ahead log, and the application's connection pool, which validates its
 * connections, reconnects.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "homeward";
  static final String ROLE = "homeward";
  static final String OWNER = "homeward_owner";

  private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(2);

  private final Path directory;
  private final int port;
  private final String password;
  private final Optional<String> ownerPassword;
  private EmbeddedPostgres postgres;
  private volatile boolean closing;

  private EmbeddedDatabase(Path directory, EmbeddedPostgres postgres, String password, Optional<String> ownerPassword) {
    this.directory = directory;
    this.postgres = postgres;
    this.port = postgres.getPort();
    this.password = password;
    this.ownerPassword = ownerPassword;
  }

  static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
    Path directory = dataDir.resolve("postgres");
    stopOrphan(directory);
    EmbeddedPostgres postgres = server(directory, 0);
    String password = password(dataDir, "db-password");
    String ownerPassword = password(dataDir, "db-owner-password");
    boolean separateOwner = ensureRolesAndDatabase(postgres, password, ownerPassword);
    EmbeddedDatabase database =
        new EmbeddedDatabase(directory, postgres, password, separateOwner ? Optional.of(ownerPassword) : Optional.empty());
    // once the launcher is stopping, a server that ends is not started again
    Runtime.getRuntime().addShutdownHook(new Thread(() -> database.closing = true, "homeward-database-closing"));
    database.watch();
    return database;
  }

  /**
   * The server on {@code directory}, durable: zonky starts PostgreSQL with {@code -F} (no fsync) and
   * {@code synchronous_commit=off}; the settings here come after {@code -F} on the command line and
   * win, so a commit is on disk before the application is told it succeeded.
   *
   * @param port the port, or 0 for a free one
   */
  private static EmbeddedPostgres server(Path directory, int port) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setPGStartupWait(Duration.ofSeconds(60))
        // the launcher stops the server itself, after the application server; zonky's own hook would
        // stop it at once, under a server still finishing its requests
        .setRegisterShutdownHook(false);
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  /** Restarts the server when its postmaster ends while Homeward has not asked it to stop. */
  private void watch() {
    postmasterPid(directory).flatMap(ProcessHandle::of)
        .ifPresent(postmaster -> postmaster.onExit().thenRun(() -> restartUnlessClosing(postmaster.pid())));
  }

  private synchronized void restartUnlessClosing(long pid) {
    if (closing) {
      return;
    }
    System.err.println("Homeward: the embedded database server (pid " + pid + ") stopped unexpectedly; starting it again on port " + port);
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // it is gone already; closing only releases its lock on the directory
    }
    Instant deadline = Instant.now().plus(RESTART_TIMEOUT);
    while (!closing) {
      try {
        postgres = server(directory, port);
        System.err.println("Homeward: the embedded database server is running again (it recovered from its write-ahead log)");
        watch();
        return;
      } catch (IOException | RuntimeException e) {
        // the dead server's processes may still hold its shared memory for a moment
        if (Instant.now().isAfter(deadline)) {
          System.err.println("Homeward: the embedded database server could not be started again: " + e.getMessage() + "; stopping.");
          new Thread(() -> System.exit(1), "homeward-database-failed").start();
          return;
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static Optional<Long> postmasterPid(Path directory) {
    try {
      return Files.readAllLines(directory.resolve("postmaster.pid")).stream().findFirst()
          .map(String::strip).filter(l -> l.matches("\\d+")).map(Long::parseLong);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  String user() {
    return ROLE;
  }

  String password() {
    return password;
  }

  /** The role that owns the schema and runs migrations, if it is not the application's. */
  Optional<String> owner() {
    return ownerPassword.map(p -> OWNER);
  }

  Optional<String> ownerPassword() {
    return ownerPassword;
  }

  /**
   * Two roles, neither a superuser: {@value #OWNER} owns the database and its schema and runs the
   * migrations; the application connects as {@value #ROLE}, which holds only the rights the
   * migrations grant it, so it can append to the audit trail but never change it. A database made by
   * an earlier launcher, owned by the application's role, is kept as it is.
   *
   * @return whether the schema has an owner of its own
   */
  private static boolean ensureRolesAndDatabase(EmbeddedPostgres postgres, String password, String ownerPassword)
      throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      createRoleIfMissing(s, OWNER, ownerPassword);
      createRoleIfMissing(s, ROLE, password);
      if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
        s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
      }
      return exists(s, "select 1 from pg_database where datname = '" + DATABASE + "' and pg_get_userbyid(datdba) = '" + OWNER + "'");
    }
  }

  private static void createRoleIfMissing(Statement s, String role, String password) throws SQLException {
    if (!exists(s, "select 1 from pg_roles where rolname = '" + role + "'")) {
      s.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
    }
  }

  private static boolean exists(Statement s, String query) throws SQLException {
    try (var rs = s.executeQuery(query)) {
      return rs.next();
    }
  }

  /** A role's password: made once, kept in the data directory readable only by the operator. */
  private static String password(Path dataDir, String name) throws IOException {
    Path file = dataDir.resolve(name);
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = HexFormat.of().formatHex(bytes);
    Files.writeString(file, password, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system; the data directory's own permissions protect it
    }
    return password;
  }

  /**
   * Stops a server whose launcher died without stopping it: its pid file names a live PostgreSQL
   * started on this very directory. A data directory copied from a running server (say, a benchmark
   * data set) names that other server, which is left alone.
   */
  private static void stopOrphan(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> orphan = postmasterPid(directory).flatMap(ProcessHandle::of)
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
        .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(directory.toString())).orElse(false));
    if (orphan.isPresent()) {
      System.out.println("Homeward: stopping a database server left running by an earlier launcher (pid " + orphan.get().pid() + ")");
      orphan.get().destroy();
      try {
        orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        orphan.get().destroyForcibly();
      }
    }
    Files.deleteIfExists(pidFile);
  }

  @Override
  public void close() throws IOException {
    closing = true;
    synchronized (this) {
      postgres.close();
    }
  }
}

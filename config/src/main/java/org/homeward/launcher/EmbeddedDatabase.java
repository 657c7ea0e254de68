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
import java.util.HexFormat;
import java.util.Optional;

/**
 * A real PostgreSQL server run from binaries shipped in a Maven jar, with its data in {@code
 * <data dir>/postgres} so that it survives restarts. Durability is switched back on (the library
 * turns fsync off for tests), and a server left behind by a launcher that was killed is stopped
 * before a new one starts on the same directory.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "homeward";
  static final String ROLE = "homeward";

  private final EmbeddedPostgres postgres;
  private final String password;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
    this.postgres = postgres;
    this.password = password;
  }

  static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
    Path directory = dataDir.resolve("postgres");
    stopOrphan(directory);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
    String password = password(dataDir);
    ensureApplicationRole(postgres, password);
    return new EmbeddedDatabase(postgres, password);
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
  }

  String user() {
    return ROLE;
  }

  String password() {
    return password;
  }

  /**
   * The application connects as a role that owns its database but is no superuser, so that the audit
   * trail's revoked rights hold for it.
   */
  private static void ensureApplicationRole(EmbeddedPostgres postgres, String password) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      boolean roleExists;
      try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + ROLE + "'")) {
        roleExists = rs.next();
      }
      if (!roleExists) {
        s.execute("create role " + ROLE + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
      }
      boolean databaseExists;
      try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
        databaseExists = rs.next();
      }
      if (!databaseExists) {
        s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8'");
      }
    }
  }

  /** The application role's password: made once, kept readable only by the operator. */
  private static String password(Path dataDir) throws IOException {
    Path file = dataDir.resolve("db-password");
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

  /** Stops a server whose launcher died without stopping it (its pid file names a live process). */
  private static void stopOrphan(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
        .map(String::strip).filter(l -> l.matches("\\d+")).flatMap(l -> ProcessHandle.of(Long.parseLong(l)))
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
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
    postgres.close();
  }
}

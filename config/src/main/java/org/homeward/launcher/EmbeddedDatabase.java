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
import java.util.Arrays;
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
  static final String OWNER = "homeward_owner";

  private final EmbeddedPostgres postgres;
  private final String password;
  private final Optional<String> ownerPassword;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String password, Optional<String> ownerPassword) {
    this.postgres = postgres;
    this.password = password;
    this.ownerPassword = ownerPassword;
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
    String password = password(dataDir, "db-password");
    String ownerPassword = password(dataDir, "db-owner-password");
    boolean separateOwner = ensureRolesAndDatabase(postgres, password, ownerPassword);
    return new EmbeddedDatabase(postgres, password, separateOwner ? Optional.of(ownerPassword) : Optional.empty());
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
    Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
        .map(String::strip).filter(l -> l.matches("\\d+")).flatMap(l -> ProcessHandle.of(Long.parseLong(l)))
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
    postgres.close();
  }
}

package org.homeward;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL for the whole Failsafe run and stops it at the end, in the test JVM
 * only: a JUnit extension would run again inside Payara Micro, this listener never does.
 *
 * <p>As the launcher does, two roles, neither a superuser: {@code homeward_owner} owns the database
 * and runs the migrations; the application connects as {@code homeward}, which holds only the rights
 * the migrations grant it (for a superuser or an owner the audit trail's protection would mean little).
 * The server's random port and fresh passwords reach Payara Micro as system properties that
 * arquillian.xml substitutes into the server's command line.
 *
 * <p>Surefire's unit tests share the test class path; they leave {@value #ENABLED} unset and so
 * start no database.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

  static final String ENABLED = "homeward.it.embeddedDatabase";
  static final String URL = "homeward.it.db.url";
  static final String PASSWORD = "homeward.it.db.password";
  static final String OWNER_PASSWORD = "homeward.it.db.ownerPassword";
  static final String ADMIN_PASSWORD = "homeward.it.admin.password";

  private static final String ROLE = "homeward";
  private static final String OWNER = "homeward_owner";
  private static final String DATABASE = "homeward";

  private EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean(ENABLED)) {
      return;
    }
    String password = secret();
    String ownerPassword = secret();
    try {
      postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("create role " + OWNER + " login nosuperuser nocreatedb nocreaterole password '" + ownerPassword + "'");
        s.execute("create role " + ROLE + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
        s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the application's role and database", e);
    }
    System.setProperty(URL, "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE);
    System.setProperty(PASSWORD, password);
    System.setProperty(OWNER_PASSWORD, ownerPassword);
    System.setProperty(ADMIN_PASSWORD, "It-" + secret());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
    } finally {
      postgres = null;
    }
  }

  private static String secret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}

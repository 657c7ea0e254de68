package org.homeward.ear;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a real Payara Server 6: a fresh domain, the EAR deployed with {@code asadmin deploy},
 * the application's readiness (database answered, schema migrated) and sign-in page checked, then
 * undeployed and the domain removed.
 */
class PayaraServerDeploymentIT {

  private static final String DOMAIN = "homeward-it";
  private static final int PORT_BASE = 21000;
  private static final int ADMIN_PORT = PORT_BASE + 48;
  private static final int HTTP_PORT = PORT_BASE + 80;

  private static final Path PAYARA = Path.of(System.getProperty("payara.home", "target/payara-server/payara6"));
  private static final Path EAR = Path.of(System.getProperty("homeward.ear", "target/homeward.ear"));

  private static EmbeddedPostgres postgres;
  private static boolean domainCreated;
  private static boolean deployed;

  @BeforeAll
  static void startDatabaseAndDomain() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create role homeward login nosuperuser password 'homeward-it-password'");
      s.execute("create database homeward owner homeward");
    }
    asadmin(List.of("delete-domain", DOMAIN), false);
    asadmin(List.of("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE), DOMAIN), true);
    domainCreated = true;
    asadmin(List.of("start-domain", DOMAIN), true);
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (deployed) {
      remote(List.of("undeploy", "homeward"), false);
    }
    if (domainCreated) {
      asadmin(List.of("stop-domain", DOMAIN), false);
      asadmin(List.of("delete-domain", DOMAIN), false);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theEarDeploysAndBecomesReady() throws Exception {
    assertThat(EAR).exists();
    remote(List.of("deploy", "--name", "homeward", EAR.toAbsolutePath().toString()), true);
    deployed = true;

    assertThat(awaitStatus("/health/ready", Duration.ofMinutes(2))).isEqualTo(200);
    HttpResponse<String> login = get("/login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("loginForm");
    assertThat(get("/api/institutions").statusCode()).isEqualTo(401);

    remote(List.of("undeploy", "homeward"), true);
    deployed = false;
    assertThat(get("/login.xhtml").statusCode()).isEqualTo(404);
  }

  private static int awaitStatus(String path, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    int status = -1;
    while (Instant.now().isBefore(deadline)) {
      try {
        status = get(path).statusCode();
        if (status == 200) {
          return status;
        }
      } catch (IOException e) {
        // not answering yet
      }
      Thread.sleep(1000);
    }
    return status;
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void remote(List<String> command, boolean mustSucceed) throws Exception {
    List<String> full = new ArrayList<>(List.of("--port", String.valueOf(ADMIN_PORT)));
    full.addAll(command);
    asadmin(full, mustSucceed);
  }

  /** Runs asadmin; the domain it starts inherits this environment, which points it at the test database. */
  private static void asadmin(List<String> arguments, boolean mustSucceed) throws Exception {
    List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString(), "--interactive=false"));
    command.addAll(arguments);
    Path log = Files.createDirectories(Path.of("target")).resolve("asadmin.log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("HOMEWARD_DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/homeward");
    env.put("HOMEWARD_DB_USER", "homeward");
    env.put("HOMEWARD_DB_PASSWORD", "homeward-it-password");
    env.put("HOMEWARD_ADMIN_PASSWORD", "Admin-password-for-tests");
    env.put("AS_JAVA", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("asadmin " + arguments + " did not finish; see " + log);
    }
    if (mustSucceed && process.exitValue() != 0) {
      throw new IllegalStateException("asadmin " + arguments + " failed with " + process.exitValue() + "; see " + log);
    }
  }
}

package org.homeward.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.homeward.system.CrashWorkload.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged write is lost or half-written when the server dies under writes: the application
 * server killed with SIGKILL and started again, and the embedded PostgreSQL killed with SIGKILL while
 * Homeward runs (the launcher starts it again and Homeward serves again without a restart). The
 * counts are printed and appended to {@code target/crash-it/counts.txt}.
 */
class CrashIT {

  private static final Duration WRITING = Duration.ofSeconds(10);
  private static final Duration RECOVERY = Duration.ofSeconds(120);

  private static SeparateHomeward homeward;

  @BeforeAll
  static void start() {
    homeward = new SeparateHomeward("crash-it", Integer.getInteger("homeward.crash.port", 8600)).start();
  }

  @AfterAll
  static void stop() {
    if (homeward != null) {
      homeward.stop();
    }
  }

  @Test
  void theDatabaseRunsDurably() throws Exception {
    try (Connection db = homeward.database(); Statement s = db.createStatement()) {
      for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
          rs.next();
          assertThat(rs.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
  }

  @Test
  void killingTheApplicationServerLosesNoAcknowledgedWrite() throws Exception {
    Instant since = databaseNow();
    CrashWorkload load = new CrashWorkload(homeward, "app-kill");
    load.start();
    SeparateHomeward.pause(WRITING);
    homeward.killApplicationServer();
    SeparateHomeward.pause(Duration.ofSeconds(2));
    load.stop();
    assertThat(homeward.launcherAlive()).isFalse();

    homeward.start();
    Tally tally;
    try (Connection db = homeward.database()) {
      tally = load.check(db, since);
    }
    record("SIGKILL of the application server (launcher and Payara Micro), PostgreSQL left running", tally);
    assertWhole(tally);
  }

  @Test
  void killingPostgresLosesNoAcknowledgedWriteAndHomewardServesAgain() throws Exception {
    Instant since = databaseNow();
    CrashWorkload load = new CrashWorkload(homeward, "pg-kill");
    load.start();
    SeparateHomeward.pause(WRITING);
    long killed = homeward.killPostgres().pid();
    Instant killedAt = Instant.now();
    int acknowledgedBefore = load.acknowledgedCount();

    Instant deadline = killedAt.plus(RECOVERY);
    while (!load.acknowledgedAfter(killedAt) && Instant.now().isBefore(deadline)) {
      SeparateHomeward.pause(Duration.ofMillis(500));
    }
    Duration outage = Duration.between(killedAt, Instant.now());
    boolean servesAgain = load.acknowledgedAfter(killedAt);
    SeparateHomeward.pause(Duration.ofSeconds(3));
    load.stop();

    assertThat(servesAgain).as("a write acknowledged after PostgreSQL was killed, within " + RECOVERY).isTrue();
    assertThat(homeward.launcherAlive()).isTrue();
    assertThat(homeward.postmasterPid()).isNotEqualTo(killed);
    assertThat(homeward.ready()).isTrue();
    Tally tally;
    try (Connection db = homeward.database()) {
      tally = load.check(db, since);
    }
    record("SIGKILL of PostgreSQL's postmaster while Homeward runs (" + acknowledgedBefore + " acknowledged before the kill, writes acknowledged again "
        + outage.toSeconds() + " s after it)", tally);
    assertWhole(tally);
  }

  private static void assertWhole(Tally tally) {
    assertThat(tally.acknowledged()).as("acknowledged writes").isPositive();
    assertThat(tally.missing()).as("acknowledged writes missing").isZero();
    assertThat(tally.found()).isEqualTo(tally.acknowledged());
    assertThat(tally.halfWritten()).as("half-written writes").isZero();
    assertThat(tally.missingAudit()).as("data changes without their audit row").isZero();
  }

  private static Instant databaseNow() throws Exception {
    try (Connection db = homeward.database(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select now()")) {
      rs.next();
      return rs.getTimestamp(1).toInstant();
    }
  }

  private static void record(String what, Tally tally) throws IOException {
    String line = "Crash test, " + what + ": " + tally;
    System.out.println(line);
    Files.writeString(homeward.log().resolveSibling("counts.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}

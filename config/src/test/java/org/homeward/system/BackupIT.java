package org.homeward.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar homeward.jar --backup FILE} while Homeward runs and clients write, {@code --restore
 * FILE} into a fresh data directory, and Homeward started on it: the records and the audit trail up to
 * the backup are there, row for row, every write acknowledged before the backup is there whole with its
 * audit rows, none taken during it is half there, and the application serves them.
 */
class BackupIT {

  private static final String FINGERPRINT = "select count(*), coalesce(max(id), 0), md5(coalesce(string_agg(%s, '|' order by id), ''))"
      + " from %s where id <= ?";

  @Test
  void aBackupTakenWhileHomewardRunsRestoresIntoAFreshDataDirectoryWithItsAuditTrail() throws Exception {
    SeparateHomeward original = new SeparateHomeward("backup-it", Integer.getInteger("homeward.backup.port", 8601)).start();
    SeparateHomeward restored = new SeparateHomeward("backup-it-restored", Integer.getInteger("homeward.restore.port", 8602));
    try {
      String code = Api.uniqueCode("BK");
      int institutionId = original.as("admin").body(institution(code)).post("/api/institutions").then().statusCode(201).extract().path("id");
      Map<String, Long> before;
      try (Connection db = original.database()) {
        before = fingerprints(db, Long.MAX_VALUE);
      }
      Instant since = Instant.now().minusSeconds(5);
      CrashWorkload load = new CrashWorkload(original, "backup");
      load.start();
      Thread.sleep(3000);
      Path file = original.log().resolveSibling("homeward-backup.zip");
      Instant backupStarted = Instant.now();
      assertThat(launcher(original.dataDir(), "--backup", file.toString())).as("--backup exit code").isZero();
      load.stop();
      // written after the backup: not in it
      original.as("admin").body(institution(Api.uniqueCode("AF"))).post("/api/institutions").then().statusCode(201);

      assertThat(launcher(original.dataDir(), "--restore", file.toString())).as("--restore into a data directory in use").isNotZero();
      assertThat(launcher(restored.dataDir(), "--restore", file.toString())).as("--restore exit code").isZero();
      original.stop();
      restored.start();

      restored.as("admin").get("/api/institutions/{id}", institutionId).then().statusCode(200).body("code", equalTo(code));
      restored.as("admin").queryParams(Map.of("recordType", "Institution", "recordId", institutionId, "action", "CREATE"))
          .get("/api/audit").then().statusCode(200).body("total", equalTo(1));
      try (Connection db = restored.database()) {
        Map<String, Long> after = fingerprints(db, before.get("audit_entry max"));
        before.forEach((key, value) -> {
          if (!key.startsWith("audit_entry")) {
            assertThat(after.get(key)).as(key).isGreaterThanOrEqualTo(value);
          }
        });
        assertThat(after.get("audit_entry hash")).as("the audit trail up to the backup, row for row").isEqualTo(before.get("audit_entry hash"));
        assertThat(after.get("audit_entry count")).isEqualTo(before.get("audit_entry count"));
        CrashWorkload.Tally tally = load.check(db, since, backupStarted);
        System.out.println("Backup test, writes while the backup ran: " + tally);
        assertThat(tally.acknowledged()).isPositive();
        assertThat(tally.missing()).as("writes acknowledged before the backup, missing").isZero();
        assertThat(tally.halfWritten()).as("half-written").isZero();
        assertThat(tally.missingAudit()).as("data changes without their audit row").isZero();
        System.out.println("Backup test: restored " + before.get("institution count") + " institutions, " + before.get("resident count")
            + " residents and " + before.get("audit_entry count") + " audit rows identical to the backed-up ones");
      }
    } finally {
      restored.stop();
      original.stop();
    }
  }

  private static Map<String, Object> institution(String code) {
    Map<String, Object> institution = new HashMap<>();
    institution.put("code", code);
    institution.put("name", "Backup test home " + code);
    institution.put("type", "SOCIAL_CARE_HOME");
    institution.put("ownership", "PUBLIC");
    institution.put("region", "South");
    institution.put("bedCapacity", 20);
    institution.put("currentResidents", 10);
    return institution;
  }

  /** Counts of some tables and a hash of the audit trail up to {@code auditUpTo}. */
  private static Map<String, Long> fingerprints(Connection db, long auditUpTo) throws SQLException {
    Map<String, Long> result = new HashMap<>();
    for (String table : List.of("institution", "resident", "plan_milestone", "budget_line")) {
      try (PreparedStatement s = db.prepareStatement("select count(*) from " + table); ResultSet rs = s.executeQuery()) {
        rs.next();
        result.put(table + " count", rs.getLong(1));
      }
    }
    String row = "id || actor || action || coalesce(record_type, '') || coalesce(record_id, '') || coalesce(details, '') || occurred_at";
    try (PreparedStatement s = db.prepareStatement(FINGERPRINT.formatted(row, "audit_entry"))) {
      s.setLong(1, auditUpTo);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        result.put("audit_entry count", rs.getLong(1));
        result.put("audit_entry max", rs.getLong(2));
        result.put("audit_entry hash", (long) rs.getString(3).hashCode());
      }
    }
    return result;
  }

  /** {@code java -jar homeward.jar ARGS} on {@code dataDir}; its exit code. */
  private static int launcher(Path dataDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
        Path.of(System.getProperty("homeward.jar", "target/homeward.jar")).toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path log = dataDir.resolveSibling("maintenance.log");
    Files.createDirectories(dataDir.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("HOMEWARD_DATA_DIR", dataDir.toString());
    builder.environment().remove("HOMEWARD_DB_URL");
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("java -jar homeward.jar " + String.join(" ", args) + " did not end; see " + log);
    }
    return process.exitValue();
  }
}

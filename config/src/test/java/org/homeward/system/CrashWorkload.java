package org.homeward.system;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Writes through the API from several threads, as the load would (resident status changes, closure
 * plan milestones, budget spend), keeping every write the client saw acknowledged (a 2xx answer with
 * the record's id or version); then checks in the database that each one is there whole, that no
 * write is half there, and that every data change has its audit row.
 *
 * <p>A status change is a multi-row write: the person's row (status, version) and a row of the
 * status history, plus two audit rows. A milestone or a spend is one row and its audit row. A write
 * in flight when the server died may have committed or not; either is fine, half of it is not.
 */
final class CrashWorkload {

  enum Kind { STATUS, MILESTONE, SPEND }

  /** A write the client saw acknowledged: what it wrote and the id the server gave it. */
  record Write(Kind kind, long id, String text, String value, Instant at) {}

  /** What the database holds against what the client saw acknowledged. */
  record Tally(int attempted, int acknowledged, int found, int missing, int halfWritten, int missingAudit, int changesChecked) {
    @Override
    public String toString() {
      return "attempted " + attempted + ", acknowledged " + acknowledged + ", found " + found + ", missing " + missing
          + ", half-written " + halfWritten + ", data changes without their audit row " + missingAudit
          + " (of " + changesChecked + " data changes in the database)";
    }
  }

  private static final int STATUS_WRITERS = 2;
  private static final int MILESTONE_WRITERS = 2;
  private static final int SPEND_WRITERS = 2;

  private final SeparateHomeward homeward;
  private final String tag;
  private final int institutionId;
  private final int budgetLineId;
  private final Map<Integer, Integer> residentsFirstVersion = new HashMap<>();
  private final Queue<Write> acknowledged = new ConcurrentLinkedQueue<>();
  private final AtomicInteger attempted = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  /** An institution of the workload's own, with a draft closure plan, a budget line and residents. */
  CrashWorkload(SeparateHomeward homeward, String tag) {
    this.homeward = homeward;
    this.tag = tag;
    Map<String, Object> institution = new HashMap<>();
    institution.put("code", Api.uniqueCode("CR"));
    institution.put("name", "Crash test home " + tag);
    institution.put("type", "SOCIAL_CARE_HOME");
    institution.put("ownership", "PUBLIC");
    institution.put("region", "North");
    institution.put("bedCapacity", 40);
    institution.put("currentResidents", 30);
    institutionId = admin().body(institution).post("/api/institutions").then().statusCode(201).extract().path("id");
    admin().body(Map.of("targetClosureOn", LocalDate.now().plusYears(3).toString()))
        .post("/api/institutions/{id}/plan", institutionId).then().statusCode(201);
    Map<String, Object> line = new HashMap<>();
    line.put("fiscalYear", 2027);
    line.put("category", "COMMUNITY_SERVICES");
    line.put("fundingSource", "HEALTH_MINISTRY");
    line.put("ringFenced", false);
    line.put("currency", "EUR");
    line.put("plannedAmount", 1_000_000);
    budgetLineId = admin().body(line).post("/api/institutions/{id}/budget/lines", institutionId).then().statusCode(201).extract().path("id");
    for (int i = 0; i < STATUS_WRITERS; i++) {
      Map<String, Object> person = new HashMap<>();
      person.put("identifier", Api.uniqueCode("CRR"));
      person.put("givenName", "Ana");
      person.put("familyName", "Kovac " + tag + i);
      person.put("bornOn", "1970-03-0" + (i + 1));
      person.put("sex", "FEMALE");
      person.put("admittedOn", "2001-05-01");
      JsonPath admitted = admin().body(person).post("/api/institutions/{id}/residents", institutionId).then().statusCode(201)
          .extract().jsonPath();
      residentsFirstVersion.put(admitted.getInt("id"), admitted.getInt("version"));
    }
  }

  private RequestSpecification admin() {
    return homeward.as("admin");
  }

  void start() {
    running = true;
    int n = 0;
    for (Map.Entry<Integer, Integer> resident : residentsFirstVersion.entrySet()) {
      threads.add(new Thread(() -> changeStatuses(resident.getKey(), resident.getValue()), "crash-status-" + n++));
    }
    for (int i = 0; i < MILESTONE_WRITERS; i++) {
      int writer = i;
      threads.add(new Thread(() -> addMilestones(writer), "crash-milestones-" + i));
    }
    for (int i = 0; i < SPEND_WRITERS; i++) {
      int writer = i;
      threads.add(new Thread(() -> recordSpend(writer), "crash-spend-" + i));
    }
    threads.forEach(Thread::start);
  }

  void stop() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(Duration.ofSeconds(90).toMillis());
    }
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  /** Whether a write was acknowledged after {@code instant}. */
  boolean acknowledgedAfter(Instant instant) {
    return acknowledged.stream().anyMatch(w -> w.at().isAfter(instant));
  }

  /** In and out of preparation, back and forth: each change a new status-history row and a new version. */
  private void changeStatuses(int residentId, int firstVersion) {
    int version = firstVersion;
    String status = "IN_INSTITUTION";
    for (int n = 0; running; n++) {
      String next = "IN_INSTITUTION".equals(status) ? "PREPARING" : "IN_INSTITUTION";
      String reason = tag + " status " + residentId + " #" + n;
      attempted.incrementAndGet();
      try {
        Response response = admin().body(Map.of("version", version, "status", next, "effectiveOn", LocalDate.now().toString(),
            "reason", reason)).post("/api/residents/{id}/status", residentId);
        if (response.statusCode() == 200) {
          version = response.path("version");
          status = next;
          acknowledged.add(new Write(Kind.STATUS, residentId, reason, next, Instant.now()));
          continue;
        }
      } catch (RuntimeException e) {
        // no answer: not acknowledged, it may or may not have committed
      }
      SeparateHomeward.pause(Duration.ofMillis(250));
      try {
        JsonPath now = admin().get("/api/residents/{id}", residentId).then().statusCode(200).extract().jsonPath();
        version = now.getInt("version");
        status = now.getString("status");
      } catch (RuntimeException | AssertionError e) {
        // still down: try again with what we knew
      }
    }
  }

  private void addMilestones(int writer) {
    for (int n = 0; running; n++) {
      String title = tag + " milestone " + writer + " #" + n;
      write(Kind.MILESTONE, title, null, () -> admin()
          .body(Map.of("kind", "CUSTOM", "title", title, "plannedOn", LocalDate.now().plusMonths(6).toString()))
          .post("/api/institutions/{id}/plan/revisions/1/milestones", institutionId));
    }
  }

  private void recordSpend(int writer) {
    for (int n = 0; running; n++) {
      String note = tag + " spend " + writer + " #" + n;
      String amount = new BigDecimal(1000 + n).add(new BigDecimal(writer).movePointLeft(2)).toPlainString();
      write(Kind.SPEND, note, amount, () -> admin()
          .body(Map.of("spentOn", "2027-03-31", "amount", new BigDecimal(amount), "note", note))
          .post("/api/institutions/{id}/budget/lines/{line}/actuals", institutionId, budgetLineId));
    }
  }

  private void write(Kind kind, String text, String value, Supplier<Response> request) {
    attempted.incrementAndGet();
    try {
      Response response = request.get();
      if (response.statusCode() == 201) {
        long id = ((Number) response.path("id")).longValue();
        acknowledged.add(new Write(kind, id, text, value, Instant.now()));
        return;
      }
    } catch (RuntimeException e) {
      // no answer: not acknowledged
    }
    SeparateHomeward.pause(Duration.ofMillis(250));
  }

  /** Reads back from the database, as the application's role, every write of this workload. */
  Tally check(Connection db, Instant since) throws SQLException {
    return check(db, since, Instant.MAX);
  }

  /**
   * Reads back from the database every write of this workload; of the acknowledged ones, those
   * acknowledged before {@code acknowledgedBefore} (a backup holds those, not the ones after it).
   */
  Tally check(Connection db, Instant since, Instant acknowledgedBefore) throws SQLException {
    int found = 0;
    int missing = 0;
    int halfWritten = 0;
    int missingAudit = 0;
    int changes = 0;
    List<Write> expected = acknowledged.stream().filter(w -> w.at().isBefore(acknowledgedBefore)).toList();
    for (Write write : expected) {
      boolean there = switch (write.kind()) {
        case STATUS -> exists(db, "select 1 from resident_status_change where resident_id = ? and reason = ? and to_status = ?",
            write.id(), write.text(), write.value());
        case MILESTONE -> exists(db, "select 1 from plan_milestone where id = ? and title = ?", write.id(), write.text());
        case SPEND -> exists(db, "select 1 from budget_actual where id = ? and note = ? and amount = ?::numeric",
            write.id(), write.text(), write.value());
      };
      if (there) {
        found++;
      } else {
        missing++;
      }
    }
    // a status change is whole when the person's row and the history agree: the status is the last
    // change's, and the version went up once per change
    for (Map.Entry<Integer, Integer> resident : residentsFirstVersion.entrySet()) {
      try (PreparedStatement s = db.prepareStatement("select r.status, r.version, (select count(*) from resident_status_change c"
          + " where c.resident_id = r.id), (select c.to_status from resident_status_change c where c.resident_id = r.id"
          + " order by c.id desc limit 1) from resident r where r.id = ?")) {
        s.setLong(1, resident.getKey());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          long versionsAdded = rs.getLong(2) - resident.getValue();
          long changesAdded = rs.getLong(3) - 1;
          if (!rs.getString(1).equals(rs.getString(4)) || versionsAdded != changesAdded) {
            halfWritten++;
          }
          long updatesAudited = count(db, "select count(*) from audit_entry where record_type = 'Resident' and record_id = ?"
              + " and action = 'UPDATE' and occurred_at >= ?", String.valueOf(resident.getKey()), Timestamp.from(since));
          changes += (int) versionsAdded;
          missingAudit += (int) Math.max(0, versionsAdded - updatesAudited);
        }
      }
    }
    String residents = residentsFirstVersion.keySet().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
    List<String[]> created = List.of(
        new String[] {"StatusChange", "select id from resident_status_change where resident_id in (" + residents + ") and reason like ?"},
        new String[] {"Milestone", "select m.id from plan_milestone m join plan_revision r on r.id = m.revision_id"
            + " join closure_plan p on p.id = r.plan_id where p.institution_id = " + institutionId + " and m.title like ?"},
        new String[] {"ActualSpend", "select id from budget_actual where budget_line_id = " + budgetLineId + " and note like ?"});
    for (String[] kind : created) {
      List<Long> ids = ids(db, kind[1], tag + " %");
      changes += ids.size();
      for (long id : ids) {
        if (!exists(db, "select 1 from audit_entry where record_type = ? and record_id = ? and action = 'CREATE'", kind[0], String.valueOf(id))) {
          missingAudit++;
        }
      }
      // an audit row of a creation whose record is not there is half a write too
      for (long audited : ids(db, "select record_id::bigint from audit_entry where record_type = ? and action = 'CREATE' and occurred_at >= ?",
          kind[0], Timestamp.from(since))) {
        if (!ids.contains(audited) && belongsHere(db, kind[0], audited)) {
          halfWritten++;
        }
      }
    }
    return new Tally(attempted.get(), expected.size(), found, missing, halfWritten, missingAudit, changes);
  }

  /** Whether an audited record id that is missing from its table could be this workload's (no other writer runs). */
  private static boolean belongsHere(Connection db, String recordType, long id) throws SQLException {
    String table = switch (recordType) {
      case "StatusChange" -> "resident_status_change";
      case "Milestone" -> "plan_milestone";
      default -> "budget_actual";
    };
    return !exists(db, "select 1 from " + table + " where id = ?", id);
  }

  private static boolean exists(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = prepare(db, sql, parameters); ResultSet rs = s.executeQuery()) {
      return rs.next();
    }
  }

  private static long count(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = prepare(db, sql, parameters); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Long> ids(Connection db, String sql, Object... parameters) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = prepare(db, sql, parameters); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
    PreparedStatement s = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }
}

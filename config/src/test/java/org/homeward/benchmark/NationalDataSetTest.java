package org.homeward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national data set at a small scale, loaded into a PostgreSQL migrated by the application's own
 * migrations (every CHECK, foreign key and unique index applies), read back by the benchmark's bare
 * SQL of the dashboard, and checked for the consistency the application itself keeps.
 */
class NationalDataSetTest {

  private static final double SCALE = 0.01;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static EmbeddedPostgres postgres;
  private static Connection connection;

  @BeforeAll
  static void loadTheDataSet() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    Flyway.configure(NationalDataSetTest.class.getClassLoader())
        .dataSource(postgres.getPostgresDatabase())
        .locations("classpath:db/migration")
        .placeholders(Map.of("applicationRole", "postgres"))
        .load()
        .migrate();
    connection = postgres.getPostgresDatabase().getConnection();
    assertThat(NationalDataSet.loaded(connection)).isFalse();
    NationalDataSet.load(connection, SCALE, TODAY, new PrintStream(OutputStream.nullOutputStream()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (connection != null) {
      connection.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theScaleSetsTheSizes() throws SQLException {
    assertThat(NationalDataSet.loaded(connection)).isTrue();
    assertThat(count("select count(*) from institution where code like 'GEN-%'")).isEqualTo(10);
    assertThat(count("select count(distinct region) from institution where code like 'GEN-%'")).isEqualTo(10);
    assertThat(count("select count(*) from resident where identifier like 'GEN-R%'")).isEqualTo(2000);
    assertThat(count("select count(*) from staff_member where name like 'GEN %'")).isEqualTo(600);
    for (String table : new String[] {"closure_plan", "plan_milestone", "plan_action", "needs_assessment", "domain_assessment",
        "support_plan_revision", "placement", "follow_up_visit", "budget_line", "budget_actual", "transition_model", "coercive_event",
        "complaint", "institution_death", "staff_application", "quality_rights_score", "audit_entry"}) {
      assertThat(count("select count(*) from " + table)).as(table).isPositive();
    }
  }

  @Test
  void statusesAgreeWithTheRecordsBehindThem() throws SQLException {
    // everyone who moved out has a placement with a move-in date after a needs assessment, and a visit after it
    assertThat(count("select count(*) from resident r where r.status in ('MOVED', 'SETTLED', 'READMITTED') and not exists"
        + " (select 1 from placement p where p.resident_id = r.id and p.move_in_on <= r.status_since"
        + " and exists (select 1 from needs_assessment a where a.resident_id = r.id and a.assessed_on <= p.move_in_on))")).isZero();
    assertThat(count("select count(*) from placement p join resident r on r.id = p.resident_id where p.move_in_on < current_date"
        + " and r.status in ('MOVED', 'SETTLED') and not exists (select 1 from follow_up_visit v where v.resident_id = r.id)")).isZero();
    // an institution's current residents are those inside; a closed one has nobody inside
    assertThat(count("select count(*) from institution i where i.current_residents <> (select count(*) from resident r"
        + " where r.institution_id = i.id and r.status in ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE'))")).isZero();
    assertThat(count("select count(*) from resident r join institution i on i.id = r.institution_id where i.status in ('CLOSED', 'REPURPOSED')"
        + " and r.status in ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE')")).isZero();
    // a resident's history ends in their status
    assertThat(count("select count(*) from resident r where r.status <> (select c.to_status from resident_status_change c"
        + " where c.resident_id = r.id order by c.recorded_at desc, c.id desc limit 1)")).isZero();
    // redeployment status as the staff feature derives it; positions filled exactly by accepted applications
    assertThat(count("select count(*) from staff_member s where s.status = 'REDEPLOYED' and not exists"
        + " (select 1 from staff_application a where a.staff_member_id = s.id and a.decision = 'ACCEPTED')")).isZero();
    assertThat(count("select count(*) from staff_member s where s.status = 'IN_TRAINING' and not exists"
        + " (select 1 from staff_training t where t.staff_member_id = s.id and t.status <> 'NEEDED')")).isZero();
    assertThat(count("select count(*) from community_position p where p.filled <> (select count(*) from staff_application a"
        + " where a.position_id = p.id and a.decision = 'ACCEPTED')")).isZero();
    assertThat(count("select count(*) from staff_member s where s.status <> (select c.status from staff_status_change c"
        + " where c.staff_member_id = s.id order by c.changed_at desc, c.id desc limit 1)")).isZero();
    // a plan in force has its milestones' baselines; a person who died inside is counted among deaths
    assertThat(count("select count(*) from plan_milestone m join plan_revision v on v.id = m.revision_id"
        + " where v.status = 'APPROVED' and m.baseline_on is null")).isZero();
    assertThat(count("select count(*) from institution_death d join resident r on r.id = d.resident_id where r.status <> 'DIED'")).isZero();
  }

  @Test
  void theDashboardsBareSqlReadsItBackForTheCountryAndARegion() throws SQLException {
    long residents = count("select count(*) from resident r join institution i on i.id = r.institution_id"
        + " where r.status in ('IN_INSTITUTION', 'PREPARING', 'READY_TO_MOVE', 'MOVED', 'SETTLED')");
    long counted = 0;
    for (Probe.Query query : DashboardProbe.dashboard(null).queries()) {
      long rows = query.run(connection);
      assertThat(rows).as(query.name()).isPositive();
    }
    String byArea = DashboardProbe.dashboard(null).queries().stream().filter(q -> q.name().equals("residents")).findFirst().orElseThrow().sql();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(byArea)) {
      while (rs.next()) {
        counted += rs.getString(2).matches("IN_INSTITUTION|PREPARING|READY_TO_MOVE|MOVED|SETTLED") ? rs.getLong(4) : 0;
      }
    }
    assertThat(counted).isEqualTo(residents);
    String region = string("select min(region) from institution where code like 'GEN-%'");
    for (Probe.Query query : DashboardProbe.dashboard(region).queries()) {
      assertThat(query.run(connection)).as(query.name()).isPositive();
    }
  }

  @Test
  void theSameScaleAndDayGiveTheSameData() throws SQLException {
    assertThat(string("select md5(string_agg(identifier || born_on || sex || status || status_since || complex_support_needs, ',' order by identifier))"
        + " from resident where identifier like 'GEN-R%'")).isEqualTo(FINGERPRINT);
  }

  private static final String FINGERPRINT = "4b4dc7f51a7d863c86a8d63e030dca07";

  private static long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String string(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}

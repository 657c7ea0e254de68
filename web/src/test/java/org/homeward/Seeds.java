package org.homeward;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.homeward.security.entity.Role;

/**
 * Puts a test's own records straight into the database, past the use cases under test, under names
 * no other test uses. Users get the first administrator's password hash, so they sign in with the
 * administrator's password and seeding costs no password hashing.
 */
final class Seeds {

  private static final String RUN = run();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final DataSource dataSource;

  Seeds(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** An institution code (and name token) no other record has: {@code IT-<run>-<n>}. */
  static String code() {
    return "IT-" + RUN + "-" + NEXT.incrementAndGet();
  }

  long institution(String code, String name) {
    return single("""
        insert into institution (code, name, type, ownership, region, bed_capacity, current_residents)
        values (?, ?, 'SOCIAL_CARE_HOME', 'PUBLIC', 'Seeded', 40, 30) returning id""", code, name);
  }

  /** A user of {@code role} who may see the institutions {@code scope}; returns the user name. */
  String user(Role role, Set<Long> scope) {
    String username = ("it." + role + "." + RUN + "." + NEXT.incrementAndGet()).toLowerCase(Locale.ROOT);
    long id = single("""
        insert into user_account (username, display_name, password_hash, sessions_valid_after)
        select ?, 'Seeded test user', password_hash, now() from user_account where username = 'admin'
        returning id""", username);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
        s.setLong(1, id);
        s.setString(2, role.name());
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("insert into user_institution (user_id, institution_id) values (?, ?)")) {
        for (long institution : scope) {
          s.setLong(1, id);
          s.setLong(2, institution);
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not seed the roles and scope of " + username, e);
    }
    return username;
  }

  /**
   * A resident of {@code institution} with a status history: admitted on {@code admitted}, then each
   * of {@code steps} ("STATUS@yyyy-mm-dd") in order; the record's status is the last one.
   */
  long resident(long institution, String sex, LocalDate born, LocalDate admitted, String legalCapacity, String... steps) {
    String status = steps.length == 0 ? "IN_INSTITUTION" : steps[steps.length - 1].split("@")[0];
    LocalDate since = steps.length == 0 ? admitted : LocalDate.parse(steps[steps.length - 1].split("@")[1]);
    long id = single("""
        insert into resident (institution_id, identifier, given_name, family_name, born_on, sex, legal_capacity, admitted_on, status, status_since)
        values (?, ?, 'Seeded', 'Person', ?, ?, ?, ?, ?, ?) returning id""", institution, code(), born, sex, legalCapacity, admitted, status, since);
    String from = null;
    String to = "IN_INSTITUTION";
    LocalDate on = admitted;
    for (int k = -1; k < steps.length; k++) {
      if (k >= 0) {
        from = to;
        to = steps[k].split("@")[0];
        on = LocalDate.parse(steps[k].split("@")[1]);
      }
      single("""
          insert into resident_status_change (resident_id, from_status, to_status, effective_on, recorded_by, recorded_at)
          values (?, ?, ?, ?, 'seeds', now()) returning id""", id, from, to, on);
    }
    return id;
  }

  /** Runs an insert that returns an id, e.g. a support plan, a placement or a supporter of a seeded resident. */
  long insert(String sql, Object... parameters) {
    return single(sql, parameters);
  }

  /** How many institutions hold {@code code}. */
  long institutionsWithCode(String code) {
    return single("select count(*) from institution where code = ?", code);
  }

  private static String run() {
    byte[] bytes = new byte[2];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }

  private long single(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No row from: " + sql);
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run: " + sql, e);
    }
  }
}

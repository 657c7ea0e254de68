package org.homeward;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads the audit trail as it is stored, oldest row first. */
final class AuditRows {

  /** One row of {@code audit_entry}. */
  record Row(long id, String actor, String action, String recordType, String recordId, String details) {

    /** The details as JSON; an empty object when the row has none. */
    JsonObject json() {
      if (details == null) {
        return JsonObject.EMPTY_JSON_OBJECT;
      }
      try (JsonReader reader = Json.createReader(new StringReader(details))) {
        return reader.readObject();
      }
    }
  }

  private static final String SELECT = "select id, actor, action, record_type, record_id, details from audit_entry";

  private final DataSource dataSource;

  AuditRows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<Row> ofRecord(String recordType, long recordId) {
    return query(SELECT + " where record_type = ? and record_id = ? order by id", recordType, String.valueOf(recordId));
  }

  List<Row> byActor(String actor) {
    return query(SELECT + " where actor = ? order by id", actor);
  }

  Row withId(long id) {
    return query(SELECT + " where id = ?", id).get(0);
  }

  private List<Row> query(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit trail", e);
    }
  }
}

package org.homeward.audit.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;

/** Writes an audit row's details as JSON. */
public final class AuditDetails {

  private static final Jsonb JSON = JsonbBuilder.create();

  private AuditDetails() {}

  public static String json(Map<String, ?> details) {
    return details == null || details.isEmpty() ? null : JSON.toJson(details);
  }
}

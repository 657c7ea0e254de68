package org.homeward.audit.boundary;

import java.time.Instant;
import org.homeward.audit.entity.AuditAction;

/** Filters of an audit search; any may be null. */
public record AuditQuery(
    String actor, String recordType, String recordId, AuditAction action, Instant from, Instant to) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null);
  }
}

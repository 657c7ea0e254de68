package org.homeward.audit.api;

import java.time.Instant;
import org.homeward.audit.entity.AuditAction;
import org.homeward.audit.entity.AuditEntry;

/** An audit row; {@code details} is the JSON text stored with it. */
public record AuditEntryJson(
    Long id, Instant occurredAt, String actor, AuditAction action, String recordType, String recordId, String details) {

  static AuditEntryJson of(AuditEntry e) {
    return new AuditEntryJson(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(), e.getRecordId(), e.getDetails());
  }
}

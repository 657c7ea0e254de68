package org.homeward.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only audit trail: who did what to which record, when. It has no setters and
 * no version: once written it is never changed, and the database enforces that too.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

  public static final int ACTOR_MAX = 60;
  public static final int RECORD_TYPE_MAX = 60;
  public static final int RECORD_ID_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  /** User name, or {@code system} for start-up work, or {@code anonymous}. */
  @Column(nullable = false, updatable = false, length = ACTOR_MAX)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private AuditAction action;

  @Column(name = "record_type", updatable = false, length = RECORD_TYPE_MAX)
  private String recordType;

  @Column(name = "record_id", updatable = false, length = RECORD_ID_MAX)
  private String recordId;

  /** JSON: before/after of changed fields, a search's filters, a denial's reason. */
  @Column(updatable = false, columnDefinition = "text")
  private String details;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String recordType,
      Object recordId,
      String details) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = truncate(Objects.requireNonNull(actor), ACTOR_MAX);
    this.action = Objects.requireNonNull(action);
    this.recordType = recordType == null ? null : truncate(recordType, RECORD_TYPE_MAX);
    this.recordId = recordId == null ? null : truncate(recordId.toString(), RECORD_ID_MAX);
    this.details = details;
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public String getDetails() {
    return details;
  }
}

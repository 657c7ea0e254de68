package org.homeward.resident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.homeward.audit.entity.AuditableEntity;

/** One step of a case's history: from which status to which, from when, why, and who recorded it. Never changed. */
@Entity
@Table(name = "resident_status_change")
public class StatusChange implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private ResidentStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private ResidentStatus toStatus;

  @Column(name = "effective_on", nullable = false, updatable = false)
  private LocalDate effectiveOn;

  @Column(length = 2000, updatable = false)
  private String reason;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected StatusChange() {
    // for JPA
  }

  StatusChange(Resident resident, ResidentStatus from, ResidentStatus to, LocalDate effectiveOn, String reason, String by, Instant at) {
    this.resident = resident;
    this.fromStatus = from;
    this.toStatus = to;
    this.effectiveOn = effectiveOn;
    this.reason = reason;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public ResidentStatus getFromStatus() {
    return fromStatus;
  }

  public ResidentStatus getToStatus() {
    return toStatus;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public String getReason() {
    return reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

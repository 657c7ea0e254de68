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
import org.homeward.security.entity.UserAccount;

/** A focal point worker's time with a person: whom, chosen or agreed to, from and until when, and why it changed. */
@Entity
@Table(name = "focal_point_assignment")
public class FocalPointAssignment implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, updatable = false)
  private UserAccount worker;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Consent consent;

  @Column(name = "from_on", nullable = false, updatable = false)
  private LocalDate fromOn;

  @Column(name = "until_on")
  private LocalDate untilOn;

  @Column(length = 2000, updatable = false)
  private String reason;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected FocalPointAssignment() {
    // for JPA
  }

  FocalPointAssignment(Resident resident, UserAccount worker, Consent consent, LocalDate fromOn, String reason, String by, Instant at) {
    this.resident = resident;
    this.worker = worker;
    this.consent = consent;
    this.fromOn = fromOn;
    this.reason = reason;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  void end(LocalDate on) {
    untilOn = on;
  }

  public boolean current() {
    return untilOn == null;
  }

  @Override
  public Long getId() {
    return id;
  }

  public UserAccount getWorker() {
    return worker;
  }

  public Consent getConsent() {
    return consent;
  }

  public LocalDate getFromOn() {
    return fromOn;
  }

  public LocalDate getUntilOn() {
    return untilOn;
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

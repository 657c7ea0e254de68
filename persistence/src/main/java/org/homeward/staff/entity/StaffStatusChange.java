package org.homeward.staff.entity;

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
import java.io.Serializable;
import java.time.Instant;

/** One step of a staff member's way into community services, as it happened; never changed afterwards. */
@Entity
@Table(name = "staff_status_change")
public class StaffStatusChange implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
  private StaffMember staffMember;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private RedeploymentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private StatusCause cause;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
  private String changedBy;

  protected StaffStatusChange() {
    // for JPA
  }

  public StaffStatusChange(StaffMember staffMember, RedeploymentStatus status, StatusCause cause, Instant changedAt, String changedBy) {
    this.staffMember = staffMember;
    this.status = status;
    this.cause = cause;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
  }

  public Long getId() {
    return id;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public RedeploymentStatus getStatus() {
    return status;
  }

  public StatusCause getCause() {
    return cause;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}

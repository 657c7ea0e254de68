package org.homeward.rights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.entity.Sensitive;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/**
 * What happened in one coercive practice event, as the ward book states it: where, to whom if known,
 * what, from when to when, on whose authority, why, what was tried first, and any injury. A
 * correction replaces these facts as a whole and keeps the old ones.
 *
 * <p>Times are the ward's local date and time, as written in the book; a duration is the plain
 * difference of the two, across midnight and month ends alike.
 */
@Embeddable
public class CoercionFacts implements Serializable {

  public static final int AUTHORISED_BY_MAX = 200;
  public static final int TEXT_MAX = 4000;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id")
  private Resident resident;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CoercionCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "restraint_type", length = 20)
  private RestraintType restraintType;

  @NotNull
  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @NotBlank
  @Size(max = AUTHORISED_BY_MAX)
  @Column(name = "authorised_by", nullable = false, length = AUTHORISED_BY_MAX)
  private String authorisedBy;

  @Sensitive
  @NotBlank
  @Size(max = TEXT_MAX)
  @Column(nullable = false, length = TEXT_MAX)
  private String reason;

  @NotNull
  @Column(name = "de_escalation_tried", nullable = false)
  private Boolean deEscalationTried;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(name = "de_escalation", length = TEXT_MAX)
  private String deEscalation;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String injuries;

  public CoercionFacts() {
    // blank facts for a form
  }

  public CoercionFacts(CoercionCategory category, RestraintType restraintType, LocalDateTime startedAt, LocalDateTime endedAt,
      String authorisedBy, String reason, Boolean deEscalationTried) {
    this.category = category;
    this.restraintType = restraintType;
    this.startedAt = startedAt;
    this.endedAt = endedAt;
    this.authorisedBy = authorisedBy;
    this.reason = reason;
    this.deEscalationTried = deEscalationTried;
  }

  /** A copy to keep: a correction holds the facts as they were. */
  public CoercionFacts copy() {
    CoercionFacts copy = new CoercionFacts(category, restraintType, startedAt, endedAt, authorisedBy, reason, deEscalationTried);
    copy.unit = unit;
    copy.resident = resident;
    copy.deEscalation = deEscalation;
    copy.injuries = injuries;
    return copy;
  }

  /**
   * The rules across fields, as of {@code now} (the ward's local time): a restraint says its type and
   * nothing else has one; seclusion and restraint have an end; the end comes after the start; neither
   * lies in the future; de-escalation that was tried says what it was.
   */
  public List<FieldError> crossFieldErrors(LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    if (category == CoercionCategory.RESTRAINT && restraintType == null) {
      errors.add(new FieldError("restraintType", "{rights.coercion.restraintType.required}"));
    } else if (category != null && category != CoercionCategory.RESTRAINT && restraintType != null) {
      errors.add(new FieldError("restraintType", "{rights.coercion.restraintType.onlyRestraint}"));
    }
    if (startedAt != null && startedAt.isAfter(now)) {
      errors.add(new FieldError("startedAt", "{rights.coercion.future}"));
    }
    if (category != null && category.lasting() && endedAt == null) {
      errors.add(new FieldError("endedAt", "{rights.coercion.endedAt.required}"));
    } else if (endedAt != null && startedAt != null && endedAt.isBefore(startedAt)) {
      errors.add(new FieldError("endedAt", "{rights.coercion.endedAt.beforeStart}"));
    } else if (endedAt != null && endedAt.isAfter(now)) {
      errors.add(new FieldError("endedAt", "{rights.coercion.future}"));
    }
    if (Boolean.TRUE.equals(deEscalationTried) && (deEscalation == null || deEscalation.isBlank())) {
      errors.add(new FieldError("deEscalation", "{rights.coercion.deEscalation.required}"));
    }
    return errors;
  }

  /** How long it lasted, when the end is known. */
  public Optional<Duration> duration() {
    return startedAt == null || endedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, endedAt));
  }

  /** How long it lasted in whole minutes, or {@code null} without an end. */
  public Long getDurationMinutes() {
    return duration().map(Duration::toMinutes).orElse(null);
  }

  public CoercionKind kind() {
    return CoercionKind.of(category, restraintType);
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public Resident getResident() {
    return resident;
  }

  public void setResident(Resident resident) {
    this.resident = resident;
  }

  public CoercionCategory getCategory() {
    return category;
  }

  public void setCategory(CoercionCategory category) {
    this.category = category;
  }

  public RestraintType getRestraintType() {
    return restraintType;
  }

  public void setRestraintType(RestraintType restraintType) {
    this.restraintType = restraintType;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(LocalDateTime startedAt) {
    this.startedAt = startedAt;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public void setEndedAt(LocalDateTime endedAt) {
    this.endedAt = endedAt;
  }

  public String getAuthorisedBy() {
    return authorisedBy;
  }

  public void setAuthorisedBy(String authorisedBy) {
    this.authorisedBy = authorisedBy;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Boolean getDeEscalationTried() {
    return deEscalationTried;
  }

  public void setDeEscalationTried(Boolean deEscalationTried) {
    this.deEscalationTried = deEscalationTried;
  }

  public String getDeEscalation() {
    return deEscalation;
  }

  public void setDeEscalation(String deEscalation) {
    this.deEscalation = deEscalation;
  }

  public String getInjuries() {
    return injuries;
  }

  public void setInjuries(String injuries) {
    this.injuries = injuries;
  }
}

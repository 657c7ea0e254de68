package org.homeward.rights.entity;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/**
 * A resident's voluntary or involuntary status from a date, under which legal basis (WHO guidance,
 * Box 4: involuntary admissions). The history is kept: a new status is a new record, never an edit.
 */
@Entity
@Table(name = "resident_legal_status")
public class LegalStatusChange implements AuditableEntity {

  public static final int LEGAL_BASIS_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private AdmissionStatus status;

  @NotNull
  @PastOrPresent
  @Column(nullable = false, updatable = false)
  private LocalDate since;

  @Size(max = LEGAL_BASIS_MAX)
  @Column(name = "legal_basis", length = LEGAL_BASIS_MAX, updatable = false)
  private String legalBasis;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected LegalStatusChange() {
    // for JPA
  }

  public LegalStatusChange(AdmissionStatus status, LocalDate since, String legalBasis) {
    this.status = status;
    this.since = since;
    this.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
  }

  /** An involuntary status names the law or order it rests on. */
  public List<FieldError> crossFieldErrors() {
    return status == AdmissionStatus.INVOLUNTARY && legalBasis == null
        ? List.of(new FieldError("legalBasis", "{rights.legalStatus.legalBasis.required}"))
        : List.of();
  }

  public void recordFor(Resident person, String by, Instant at) {
    this.resident = person;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public Resident getResident() {
    return resident;
  }

  public AdmissionStatus getStatus() {
    return status;
  }

  public LocalDate getSince() {
    return since;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;
import org.homeward.resident.entity.Resident;

/** A report of abuse, neglect or violence in an institution, linked to the person where known (WHO guidance, Box 4). */
@Entity
@Table(name = "rights_incident")
public class Incident implements AuditableEntity {

  public static final int TEXT_MAX = 4000;
  public static final int BODY_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id", nullable = false, updatable = false)
  private Institution institution;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id")
  private Resident resident;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IncidentKind kind;

  @NotNull
  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @NotNull
  @Column(name = "reported_on", nullable = false)
  private LocalDate reportedOn;

  @Sensitive
  @NotBlank
  @Size(max = TEXT_MAX)
  @Column(nullable = false, length = TEXT_MAX)
  private String description;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(name = "action_taken", length = TEXT_MAX)
  private String actionTaken;

  @Size(max = BODY_MAX)
  @Column(name = "referred_to", length = BODY_MAX)
  private String referredTo;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  public Incident() {
    // a blank report for a form
  }

  public Incident(IncidentKind kind, LocalDate occurredOn, LocalDate reportedOn, String description) {
    this.kind = kind;
    this.occurredOn = occurredOn;
    this.reportedOn = reportedOn;
    this.description = description;
  }

  /** Reported no earlier than it happened, and neither in the future. */
  public List<FieldError> crossFieldErrors(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (occurredOn != null && occurredOn.isAfter(today)) {
      errors.add(new FieldError("occurredOn", "{rights.date.future}"));
    }
    if (reportedOn != null && reportedOn.isAfter(today)) {
      errors.add(new FieldError("reportedOn", "{rights.date.future}"));
    } else {
      errors.addAll(FieldError.orderedDates(occurredOn, "reportedOn", reportedOn, "{rights.incident.reportedOn.beforeOccurred}"));
    }
    return errors;
  }

  public void recordAt(Institution home, String by, Instant at) {
    institution = home;
    recordedBy = by;
    recordedAt = at;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Institution getInstitution() {
    return institution;
  }

  public Resident getResident() {
    return resident;
  }

  public void setResident(Resident resident) {
    this.resident = resident;
  }

  public IncidentKind getKind() {
    return kind;
  }

  public void setKind(IncidentKind kind) {
    this.kind = kind;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public LocalDate getReportedOn() {
    return reportedOn;
  }

  public void setReportedOn(LocalDate reportedOn) {
    this.reportedOn = reportedOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getActionTaken() {
    return actionTaken;
  }

  public void setActionTaken(String actionTaken) {
    this.actionTaken = actionTaken;
  }

  public String getReferredTo() {
    return referredTo;
  }

  public void setReferredTo(String referredTo) {
    this.referredTo = referredTo;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

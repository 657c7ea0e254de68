package org.homeward.rights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A death in an institution, linked to the person where known (WHO guidance, Box 4): the date, the
 * cause as recorded, and whether someone independent of the institution reviewed it.
 */
@Entity
@Table(name = "institution_death")
public class Death implements AuditableEntity {

  public static final int CAUSE_MAX = 1000;
  public static final int REVIEWER_MAX = 200;

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
  @Column(name = "died_on", nullable = false)
  private LocalDate diedOn;

  @Sensitive
  @NotBlank
  @Size(max = CAUSE_MAX)
  @Column(name = "cause_as_recorded", nullable = false, length = CAUSE_MAX)
  private String causeAsRecorded;

  @Column(name = "independently_reviewed", nullable = false)
  private boolean independentlyReviewed;

  @Size(max = REVIEWER_MAX)
  @Column(name = "reviewed_by", length = REVIEWER_MAX)
  private String reviewedBy;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  public Death() {
    // a blank record for a form
  }

  public Death(LocalDate diedOn, String causeAsRecorded) {
    this.diedOn = diedOn;
    this.causeAsRecorded = causeAsRecorded;
  }

  /** Not in the future; an independent review names who did it. */
  public List<FieldError> crossFieldErrors(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (diedOn != null && diedOn.isAfter(today)) {
      errors.add(new FieldError("diedOn", "{rights.date.future}"));
    }
    if (independentlyReviewed && (reviewedBy == null || reviewedBy.isBlank())) {
      errors.add(new FieldError("reviewedBy", "{rights.death.reviewedBy.required}"));
    }
    return errors;
  }

  public void recordAt(Institution home, String by, Instant at) {
    institution = home;
    if (!independentlyReviewed) {
      reviewedBy = null;
    }
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

  public LocalDate getDiedOn() {
    return diedOn;
  }

  public void setDiedOn(LocalDate diedOn) {
    this.diedOn = diedOn;
  }

  public String getCauseAsRecorded() {
    return causeAsRecorded;
  }

  public void setCauseAsRecorded(String causeAsRecorded) {
    this.causeAsRecorded = causeAsRecorded;
  }

  public boolean isIndependentlyReviewed() {
    return independentlyReviewed;
  }

  public void setIndependentlyReviewed(boolean independentlyReviewed) {
    this.independentlyReviewed = independentlyReviewed;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public void setReviewedBy(String reviewedBy) {
    this.reviewedBy = reviewedBy;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;
import org.homeward.problem.FieldError;

/**
 * A staff member's application to a community position and its appraisal: their work record and
 * qualifications, whether they are willing to take more training, their commitment to rights-based
 * and recovery-oriented practice, and the decision. Pending until decided; decided once.
 */
@Entity
@Table(name = "staff_application")
public class StaffApplication implements AuditableEntity {

  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
  private StaffMember staffMember;

  @ManyToOne(optional = false)
  @JoinColumn(name = "position_id", nullable = false, updatable = false)
  private CommunityPosition position;

  @NotNull
  @Column(name = "applied_on", nullable = false)
  private LocalDate appliedOn;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(length = TEXT_MAX)
  private String note;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(name = "work_record", length = TEXT_MAX)
  private String workRecord;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(name = "qualifications_assessment", length = TEXT_MAX)
  private String qualificationsAssessment;

  @Column(name = "willing_to_train")
  private Boolean willingToTrain;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Commitment commitment;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(name = "commitment_notes", length = TEXT_MAX)
  private String commitmentNotes;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private ApplicationDecision decision;

  @Sensitive
  @Size(max = TEXT_MAX)
  @Column(name = "decline_reason", length = TEXT_MAX)
  private String declineReason;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  public StaffApplication() {
    // a blank application or appraisal for a form
  }

  public StaffApplication(LocalDate appliedOn, String note) {
    this.appliedOn = appliedOn;
    this.note = note;
  }

  public void attach(StaffMember applicant, CommunityPosition appliedTo) {
    this.staffMember = applicant;
    this.position = appliedTo;
  }

  /** An application is made today or earlier. */
  public List<FieldError> applicationErrors(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (appliedOn != null && appliedOn.isAfter(today)) {
      errors.add(new FieldError("appliedOn", "{staff.application.appliedOn.future}"));
    }
    return errors;
  }

  /**
   * What an appraisal must hold: the work record, whether the person would train further, their
   * commitment, and a decision on a day between the application and today; a refusal gives its reason.
   */
  public List<FieldError> appraisalErrors(LocalDate applied, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (workRecord == null || workRecord.isBlank()) {
      errors.add(new FieldError("workRecord", "{staff.appraisal.workRecord.required}"));
    }
    if (willingToTrain == null) {
      errors.add(new FieldError("willingToTrain", "{staff.appraisal.willingToTrain.required}"));
    }
    if (commitment == null) {
      errors.add(new FieldError("commitment", "{staff.appraisal.commitment.required}"));
    }
    if (decision == null) {
      errors.add(new FieldError("decision", "{staff.appraisal.decision.required}"));
    }
    if (decision == ApplicationDecision.DECLINED && (declineReason == null || declineReason.isBlank())) {
      errors.add(new FieldError("declineReason", "{staff.appraisal.declineReason.required}"));
    }
    if (decidedOn == null) {
      errors.add(new FieldError("decidedOn", "{staff.appraisal.decidedOn.required}"));
    } else if (decidedOn.isAfter(today)) {
      errors.add(new FieldError("decidedOn", "{staff.appraisal.decidedOn.future}"));
    } else if (applied != null && decidedOn.isBefore(applied)) {
      errors.add(new FieldError("decidedOn", "{staff.appraisal.decidedOn.beforeApplied}"));
    }
    return errors;
  }

  /** Records the appraisal and its decision, by whom. */
  public void appraise(StaffApplication appraisal, String appraiser) {
    workRecord = appraisal.workRecord;
    qualificationsAssessment = appraisal.qualificationsAssessment;
    willingToTrain = appraisal.willingToTrain;
    commitment = appraisal.commitment;
    commitmentNotes = appraisal.commitmentNotes;
    decision = appraisal.decision;
    declineReason = appraisal.decision == ApplicationDecision.DECLINED ? appraisal.declineReason : null;
    decidedOn = appraisal.decidedOn;
    decidedBy = appraiser;
  }

  public boolean isPending() {
    return decision == null;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public CommunityPosition getPosition() {
    return position;
  }

  public LocalDate getAppliedOn() {
    return appliedOn;
  }

  public void setAppliedOn(LocalDate appliedOn) {
    this.appliedOn = appliedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getWorkRecord() {
    return workRecord;
  }

  public void setWorkRecord(String workRecord) {
    this.workRecord = workRecord;
  }

  public String getQualificationsAssessment() {
    return qualificationsAssessment;
  }

  public void setQualificationsAssessment(String qualificationsAssessment) {
    this.qualificationsAssessment = qualificationsAssessment;
  }

  public Boolean getWillingToTrain() {
    return willingToTrain;
  }

  public void setWillingToTrain(Boolean willingToTrain) {
    this.willingToTrain = willingToTrain;
  }

  public Commitment getCommitment() {
    return commitment;
  }

  public void setCommitment(Commitment commitment) {
    this.commitment = commitment;
  }

  public String getCommitmentNotes() {
    return commitmentNotes;
  }

  public void setCommitmentNotes(String commitmentNotes) {
    this.commitmentNotes = commitmentNotes;
  }

  public ApplicationDecision getDecision() {
    return decision;
  }

  public void setDecision(ApplicationDecision decision) {
    this.decision = decision;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}

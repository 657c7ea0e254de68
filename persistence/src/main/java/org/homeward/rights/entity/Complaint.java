package org.homeward.rights.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.audit.entity.Sensitive;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.resident.entity.Resident;

/**
 * A complaint by a resident or on their behalf (WHO guidance, Box 4). It may be anonymous: then no
 * one is named as its maker, and a resident who complains anonymously is not linked to it. Its
 * answer is due by a date; one not answered by then is overdue and shows on the committee's list.
 */
@Entity
@Table(name = "complaint")
public class Complaint implements AuditableEntity {

  /** The days an answer is due in when no date is given. */
  public static final int DEFAULT_DAYS_TO_ANSWER = 30;
  public static final int NAME_MAX = 200;
  public static final int TEXT_MAX = 4000;

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
  @Column(name = "made_by", nullable = false, length = 20)
  private Complainant madeBy;

  @Column(nullable = false)
  private boolean anonymous;

  @Size(max = NAME_MAX)
  @Column(name = "complainant_name", length = NAME_MAX)
  private String complainantName;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ComplaintChannel channel;

  @NotEmpty
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "complaint_category", joinColumns = @JoinColumn(name = "complaint_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 30)
  private Set<ComplaintCategory> categories = new LinkedHashSet<>();

  @NotNull
  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Sensitive
  @NotBlank
  @Size(max = TEXT_MAX)
  @Column(nullable = false, length = TEXT_MAX)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ComplaintStatus status = ComplaintStatus.RECEIVED;

  @Column(name = "review_started_on")
  private LocalDate reviewStartedOn;

  @Sensitive
  @Column(length = TEXT_MAX)
  private String answer;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "escalated_to", length = NAME_MAX)
  private String escalatedTo;

  @Column(name = "escalated_on")
  private LocalDate escalatedOn;

  @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  public Complaint() {
    // a blank complaint for a form
  }

  public Complaint(Complainant madeBy, ComplaintChannel channel, Set<ComplaintCategory> categories, LocalDate receivedOn, String summary) {
    this.madeBy = madeBy;
    this.channel = channel;
    this.categories = categories == null ? new LinkedHashSet<>() : new LinkedHashSet<>(categories);
    this.receivedOn = receivedOn;
    this.summary = summary;
  }

  /**
   * The rules across fields as of {@code today}: received no later than today, due no earlier than
   * received; an anonymous complaint names no maker, and a resident complaining anonymously is not
   * linked to it.
   */
  public List<FieldError> crossFieldErrors(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (receivedOn != null && receivedOn.isAfter(today)) {
      errors.add(new FieldError("receivedOn", "{rights.complaint.receivedOn.future}"));
    }
    if (receivedOn != null && dueOn != null && dueOn.isBefore(receivedOn)) {
      errors.add(new FieldError("dueOn", "{rights.complaint.dueOn.beforeReceived}"));
    }
    if (anonymous && complainantName != null && !complainantName.isBlank()) {
      errors.add(new FieldError("complainantName", "{rights.complaint.anonymous.named}"));
    }
    if (anonymous && madeBy == Complainant.RESIDENT && resident != null) {
      errors.add(new FieldError("residentId", "{rights.complaint.anonymous.linked}"));
    }
    return errors;
  }

  /** Takes in a new complaint: its institution, the due date if none was given, who recorded it. */
  public void receiveAt(Institution home, String by, Instant at) {
    institution = home;
    if (dueOn == null) {
      dueOn = receivedOn.plusDays(DEFAULT_DAYS_TO_ANSWER);
    }
    if (complainantName != null && complainantName.isBlank()) {
      complainantName = null;
    }
    recordedBy = by;
    recordedAt = at;
  }

  /**
   * Moves the complaint on: under review; answered (with the answer); closed; or escalated to an
   * independent body (named). The date lies between the complaint's last step and {@code today}.
   */
  public void moveTo(ComplaintStatus next, LocalDate on, String text, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (next == null || !status.next().contains(next)) {
      errors.add(new FieldError("status", "{rights.complaint.status.jump}"));
    }
    if (on == null) {
      errors.add(new FieldError("on", "{rights.complaint.on.required}"));
    } else if (on.isAfter(today)) {
      errors.add(new FieldError("on", "{rights.complaint.on.future}"));
    } else if (on.isBefore(lastStepOn())) {
      errors.add(new FieldError("on", "{rights.complaint.on.beforeLastStep}"));
    }
    boolean needsText = next == ComplaintStatus.ANSWERED || next == ComplaintStatus.ESCALATED;
    if (needsText && (text == null || text.isBlank())) {
      errors.add(new FieldError("text", next == ComplaintStatus.ANSWERED ? "{rights.complaint.answer.required}" : "{rights.complaint.escalatedTo.required}"));
    } else if (needsText && text.length() > (next == ComplaintStatus.ANSWERED ? TEXT_MAX : NAME_MAX)) {
      errors.add(new FieldError("text", "{rights.complaint.text.size}"));
    }
    InvalidInputException.throwIfAny(errors);
    switch (next) {
      case UNDER_REVIEW -> reviewStartedOn = on;
      case ANSWERED -> {
        answer = text.strip();
        answeredOn = on;
      }
      case CLOSED -> closedOn = on;
      case ESCALATED -> {
        escalatedTo = text.strip();
        escalatedOn = on;
      }
      default -> throw new IllegalStateException(next.name());
    }
    status = next;
  }

  private LocalDate lastStepOn() {
    LocalDate last = receivedOn;
    for (LocalDate d : new LocalDate[] {reviewStartedOn, answeredOn, closedOn, escalatedOn}) {
      if (d != null && d.isAfter(last)) {
        last = d;
      }
    }
    return last;
  }

  /** Days from receipt to the answer, or to {@code today} while it waits for one. */
  public long ageInDays(LocalDate today) {
    LocalDate end = answeredOn != null ? answeredOn : escalatedOn != null ? escalatedOn : today;
    return ChronoUnit.DAYS.between(receivedOn, end);
  }

  /** Whether the answer is late: still awaited after its due date. */
  public boolean overdue(LocalDate today) {
    return status.awaitingAnswer() && today.isAfter(dueOn);
  }

  /** Whether the answer came after its due date. */
  public boolean answeredLate() {
    return answeredOn != null && answeredOn.isAfter(dueOn);
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

  public Institution getInstitution() {
    return institution;
  }

  public Resident getResident() {
    return resident;
  }

  public void setResident(Resident resident) {
    this.resident = resident;
  }

  public Complainant getMadeBy() {
    return madeBy;
  }

  public void setMadeBy(Complainant madeBy) {
    this.madeBy = madeBy;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public String getComplainantName() {
    return complainantName;
  }

  public void setComplainantName(String complainantName) {
    this.complainantName = complainantName;
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public void setChannel(ComplaintChannel channel) {
    this.channel = channel;
  }

  public Set<ComplaintCategory> getCategories() {
    return categories;
  }

  public void setCategories(Set<ComplaintCategory> categories) {
    this.categories = categories == null ? new LinkedHashSet<>() : new LinkedHashSet<>(categories);
  }

  /** In the order of the list of categories. */
  public List<ComplaintCategory> categoriesInOrder() {
    return categories.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(categories));
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public LocalDate getReviewStartedOn() {
    return reviewStartedOn;
  }

  public String getAnswer() {
    return answer;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getEscalatedTo() {
    return escalatedTo;
  }

  public LocalDate getEscalatedOn() {
    return escalatedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

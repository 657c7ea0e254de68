package org.homeward.supportplan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;
import org.homeward.resident.entity.Resident;

/**
 * One version of a person's support plan. A draft is written with the person; it is agreed only once
 * the record says how they took part, who supported them and when; an agreed revision's words are
 * fixed, and a review starts a new draft from it.
 */
@Entity
@Table(name = "support_plan_revision")
public class SupportPlanRevision implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id", nullable = false, updatable = false)
  private Resident resident;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PlanStatus status = PlanStatus.DRAFT;

  @Valid @Embedded private PlanContent content = new PlanContent();

  @Valid @Embedded private Participation participation = new Participation();

  @Column(name = "agreed_on")
  private LocalDate agreedOn;

  @Column(name = "started_by", nullable = false, updatable = false, length = 100)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("goal, dueOn, id")
  private List<ActionStep> steps = new ArrayList<>();

  protected SupportPlanRevision() {
    // for JPA
  }

  public SupportPlanRevision(Resident resident, int number, String by, Instant at) {
    this.resident = resident;
    this.number = number;
    this.startedBy = by;
    this.startedAt = at;
  }

  /** A new draft with this revision's words and steps; this one goes under review. */
  public SupportPlanRevision review(int nextNumber, String by, Instant at) {
    if (status != PlanStatus.AGREED) {
      throw new RuleViolationException("supportplan.review.notAgreed");
    }
    SupportPlanRevision draft = new SupportPlanRevision(resident, nextNumber, by, at);
    draft.content = getContent().copy();
    steps.forEach(s -> draft.addStep(s.copy()));
    status = PlanStatus.UNDER_REVIEW;
    return draft;
  }

  /**
   * Agrees the draft on {@code on}. Refused, naming each missing part, while the record of the
   * person's participation is incomplete: a plan is agreed with the person, never about them.
   */
  public void agree(LocalDate on, LocalDate today) {
    requireDraft();
    var missing = new ArrayList<>(getParticipation().missing(today));
    if (on == null || on.isAfter(today)) {
      missing.add(new org.homeward.problem.FieldError("agreedOn", "{jakarta.validation.constraints.PastOrPresent.message}"));
    }
    InvalidInputException.throwIfAny(missing);
    status = PlanStatus.AGREED;
    agreedOn = on;
  }

  void supersede() {
    status = PlanStatus.SUPERSEDED;
  }

  /** Closes the review of {@code reviewed} once this revision is agreed. */
  public void replaces(SupportPlanRevision reviewed) {
    if (reviewed != null && reviewed.status == PlanStatus.UNDER_REVIEW) {
      reviewed.supersede();
    }
  }

  public void requireDraft() {
    if (status != PlanStatus.DRAFT) {
      throw new RuleViolationException("supportplan.readOnly");
    }
  }

  /** Whether an agreement with the person holds: agreed, or agreed and now being reviewed. */
  public boolean agreedWithPerson() {
    return status == PlanStatus.AGREED || status == PlanStatus.UNDER_REVIEW;
  }

  public void write(PlanContent newContent, Participation newParticipation) {
    requireDraft();
    content = newContent;
    participation = newParticipation;
  }

  public ActionStep addStep(ActionStep step) {
    step.attachTo(this);
    steps.add(step);
    return step;
  }

  public void removeStep(ActionStep step) {
    requireDraft();
    steps.remove(step);
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Resident getResident() {
    return resident;
  }

  public int getNumber() {
    return number;
  }

  public PlanStatus getStatus() {
    return status;
  }

  /** What the plan says; JPA loads an embeddable whose columns are all empty as null, hence the blank one. */
  public PlanContent getContent() {
    return content == null ? new PlanContent() : content;
  }

  public Participation getParticipation() {
    return participation == null ? new Participation() : participation;
  }

  public LocalDate getAgreedOn() {
    return agreedOn;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public List<ActionStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }

  public boolean isDraft() {
    return status == PlanStatus.DRAFT;
  }
}

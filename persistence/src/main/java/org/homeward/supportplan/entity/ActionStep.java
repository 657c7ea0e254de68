package org.homeward.supportplan.entity;

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
import java.time.LocalDate;
import org.homeward.audit.entity.AuditableEntity;

/** A step towards one of the person's goals: what, who does it, by when, and how far it is. */
@Entity
@Table(name = "support_plan_step")
public class ActionStep implements AuditableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  private SupportPlanRevision revision;

  @NotBlank
  @Size(max = 500)
  @Column(nullable = false, length = 500)
  private String goal;

  @NotBlank
  @Size(max = 500)
  @Column(nullable = false, length = 500)
  private String step;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String who;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StepStatus status = StepStatus.PLANNED;

  public ActionStep() {
    // a blank step for a form
  }

  public ActionStep(String goal, String step, String who, LocalDate dueOn) {
    this.goal = goal;
    this.step = step;
    this.who = who;
    this.dueOn = dueOn;
  }

  void attachTo(SupportPlanRevision owner) {
    this.revision = owner;
  }

  ActionStep copy() {
    ActionStep copy = new ActionStep(goal, step, who, dueOn);
    copy.status = status;
    return copy;
  }

  public void updateFrom(ActionStep edited) {
    goal = edited.goal;
    step = edited.step;
    who = edited.who;
    dueOn = edited.dueOn;
    status = edited.status;
  }

  /** Whether the step is still to be done: planned or in progress. */
  public boolean open() {
    return status == StepStatus.PLANNED || status == StepStatus.IN_PROGRESS;
  }

  /** Whether the step is still open after its date. */
  public boolean overdueOn(LocalDate today) {
    return open() && dueOn != null && dueOn.isBefore(today);
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

  public SupportPlanRevision getRevision() {
    return revision;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public StepStatus getStatus() {
    return status;
  }

  public void setStatus(StepStatus status) {
    this.status = status;
  }
}

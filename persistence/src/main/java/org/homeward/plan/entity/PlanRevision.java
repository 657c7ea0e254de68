package org.homeward.plan.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RuleViolationException;

/**
 * One version of a closure plan: its target date, phases, actions and milestones. A draft is
 * changed freely; an approved revision's content is fixed, and only the progress of the revision
 * in force (see {@link ClosurePlan#current}) is still recorded on it.
 */
@Entity
@Table(name = "plan_revision")
public class PlanRevision implements AuditableEntity {

  public static final int SUMMARY_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private ClosurePlan plan;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RevisionStatus status = RevisionStatus.DRAFT;

  @NotNull
  @Column(name = "target_closure_on", nullable = false)
  private LocalDate targetClosureOn;

  @Size(max = SUMMARY_MAX)
  @Column(name = "change_summary", length = SUMMARY_MAX)
  private String changeSummary;

  @Column(name = "started_by", nullable = false, updatable = false, length = 100)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startsOn, name")
  private List<Phase> phases = new ArrayList<>();

  @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("plannedOn, title")
  private List<Milestone> milestones = new ArrayList<>();

  @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dueOn, title")
  private List<PlanAction> actions = new ArrayList<>();

  protected PlanRevision() {
    // for JPA
  }

  PlanRevision(ClosurePlan plan, int number, LocalDate targetClosureOn, String startedBy, Instant startedAt) {
    this.plan = plan;
    this.number = number;
    this.targetClosureOn = targetClosureOn;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  /** A draft with everything this revision holds, milestones keeping their baseline dates. */
  PlanRevision copyAsDraft(int nextNumber, String by, Instant at) {
    PlanRevision copy = new PlanRevision(plan, nextNumber, targetClosureOn, by, at);
    phases.forEach(p -> copy.addPhase(p.copy()));
    Map<Milestone, Milestone> copied = new HashMap<>();
    milestones.forEach(m -> copied.put(m, copy.addMilestone(m.copy())));
    actions.forEach(a -> copy.addAction(a.copy(copied.get(a.getMilestone()))));
    return copy;
  }

  void approve(String by, Instant at) {
    if (changeSummary == null || changeSummary.isBlank()) {
      throw new InvalidInputException("changeSummary", "{plan.revision.summaryRequired}");
    }
    milestones.forEach(Milestone::fixBaseline);
    status = RevisionStatus.APPROVED;
    approvedBy = by;
    approvedAt = at;
  }

  void supersede() {
    status = RevisionStatus.SUPERSEDED;
  }

  /** Refuses a change to what the plan says (not its progress) unless this is a draft. */
  public void requireDraft() {
    if (status != RevisionStatus.DRAFT) {
      throw new RuleViolationException("plan.revision.readOnly");
    }
  }

  /** Refuses to record progress unless this is the revision the committee works on. */
  public void requireCurrent() {
    if (plan.current() != this) {
      throw new RuleViolationException("plan.revision.notCurrent");
    }
  }

  public void updateFrom(LocalDate newTarget, String newSummary) {
    requireDraft();
    targetClosureOn = newTarget;
    changeSummary = newSummary;
  }

  /** Where {@code milestone} stands on {@code today}, counting the open actions that lead to it. */
  public MilestoneStatus statusOf(Milestone milestone, LocalDate today) {
    long open = actions.stream().filter(a -> a.getMilestone() == milestone && a.getStatus().open()).count();
    return milestone.statusOn(today, open);
  }

  public Phase addPhase(Phase phase) {
    phase.attachTo(this);
    phases.add(phase);
    return phase;
  }

  public Milestone addMilestone(Milestone milestone) {
    milestone.attachTo(this);
    milestones.add(milestone);
    return milestone;
  }

  public PlanAction addAction(PlanAction action) {
    action.attachTo(this);
    actions.add(action);
    return action;
  }

  public void removePhase(Phase phase) {
    requireDraft();
    phases.remove(phase);
  }

  public void removeMilestone(Milestone milestone) {
    requireDraft();
    actions.stream().filter(a -> a.getMilestone() == milestone).forEach(a -> a.leadTo(null));
    milestones.remove(milestone);
  }

  public void removeAction(PlanAction action) {
    requireDraft();
    actions.remove(action);
  }

  public boolean isDraft() {
    return status == RevisionStatus.DRAFT;
  }

  @Override
  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public ClosurePlan getPlan() {
    return plan;
  }

  public int getNumber() {
    return number;
  }

  public RevisionStatus getStatus() {
    return status;
  }

  public LocalDate getTargetClosureOn() {
    return targetClosureOn;
  }

  public String getChangeSummary() {
    return changeSummary;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public List<Phase> getPhases() {
    return Collections.unmodifiableList(phases);
  }

  /** Marks the moved-share milestones the residents' moves have now reached as achieved on {@code on}. */
  public List<Milestone> recordMoves(long moved, long toMove, LocalDate on) {
    List<Milestone> reached = milestones.stream()
        .filter(m -> m.getAchievedOn() == null && m.getKind().reachedBy(moved, toMove)).toList();
    reached.forEach(m -> m.setAchievedOn(on));
    return reached;
  }

  public List<Milestone> getMilestones() {
    return Collections.unmodifiableList(milestones);
  }

  public List<PlanAction> getActions() {
    return Collections.unmodifiableList(actions);
  }
}

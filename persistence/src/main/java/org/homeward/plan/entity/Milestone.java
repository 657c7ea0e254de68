package org.homeward.plan.entity;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.homeward.audit.entity.AuditableEntity;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.FieldError;
import org.homeward.problem.RuleViolationException;

/**
 * A point the closure must reach. Its planned date becomes its baseline when the revision is
 * approved; afterwards the committee records a forecast when it expects to slip, and the date it
 * was achieved. Its status is computed from these dates, never entered.
 */
@Entity
@Table(name = "plan_milestone")
public class Milestone implements AuditableEntity {

  public static final int TITLE_MAX = 200;
  public static final int NOTES_MAX = 4000;
  /** How close a due date must be for open actions to put a milestone at risk. */
  public static final int AT_RISK_DAYS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  private PlanRevision revision;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private MilestoneKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @NotBlank
  @Size(max = TITLE_MAX)
  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @NotNull
  @Column(name = "planned_on", nullable = false)
  private LocalDate plannedOn;

  @Column(name = "baseline_on")
  private LocalDate baselineOn;

  @Column(name = "forecast_on")
  private LocalDate forecastOn;

  @Column(name = "achieved_on")
  private LocalDate achievedOn;

  @Size(max = NOTES_MAX)
  @Column(length = NOTES_MAX)
  private String notes;

  public Milestone() {
    // a blank milestone for a form
  }

  public Milestone(MilestoneKind kind, String title, LocalDate plannedOn) {
    this.kind = kind;
    this.title = title;
    this.plannedOn = plannedOn;
  }

  void attachTo(PlanRevision owner) {
    this.revision = owner;
  }

  Milestone copy() {
    Milestone copy = new Milestone(kind, title, plannedOn);
    copy.unit = unit;
    copy.baselineOn = baselineOn;
    copy.forecastOn = forecastOn;
    copy.achievedOn = achievedOn;
    copy.notes = notes;
    return copy;
  }

  void fixBaseline() {
    baselineOn = plannedOn;
  }

  /**
   * Achieved once it has an actual date; overdue once its baseline has passed; at risk when it is
   * forecast after its baseline, or due within {@value #AT_RISK_DAYS} days with actions towards it
   * still open; on track otherwise. Until a revision is approved, the planned date is the baseline.
   */
  public MilestoneStatus statusOn(LocalDate today, long openActions) {
    if (achievedOn != null) {
      return MilestoneStatus.ACHIEVED;
    }
    LocalDate due = getBaseline();
    if (due.isBefore(today)) {
      return MilestoneStatus.OVERDUE;
    }
    if (forecastOn != null && forecastOn.isAfter(due)) {
      return MilestoneStatus.AT_RISK;
    }
    if (openActions > 0 && !due.isAfter(today.plusDays(AT_RISK_DAYS))) {
      return MilestoneStatus.AT_RISK;
    }
    return MilestoneStatus.ON_TRACK;
  }

  /**
   * Applies {@code edited}: everything on a draft; on the approved revision in force only the
   * progress (forecast, achieved date, notes), refusing a change to what was approved.
   */
  public void updateFrom(Milestone edited) {
    revision.requireCurrent();
    boolean contentChanged = kind != edited.kind || !Objects.equals(title, edited.title)
        || !Objects.equals(plannedOn, edited.plannedOn) || unit != edited.unit;
    if (contentChanged) {
      if (!revision.isDraft()) {
        throw new RuleViolationException("plan.revision.readOnly");
      }
      kind = edited.kind;
      title = edited.title;
      plannedOn = edited.plannedOn;
      unit = edited.unit;
    }
    forecastOn = edited.forecastOn;
    achievedOn = edited.achievedOn;
    notes = edited.notes;
  }

  public List<FieldError> crossFieldErrors(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (achievedOn != null && achievedOn.isAfter(today)) {
      errors.add(new FieldError("achievedOn", "{jakarta.validation.constraints.PastOrPresent.message}"));
    }
    if (kind == MilestoneKind.UNIT_CLOSED && unit == null) {
      errors.add(new FieldError("unitId", "{plan.milestone.unitRequired}"));
    }
    return errors;
  }

  /** The date the milestone is measured against. */
  public LocalDate getBaseline() {
    return baselineOn != null ? baselineOn : plannedOn;
  }

  /** How many days the forecast lies after the baseline; 0 when on time or not forecast. */
  public long getSlipDays() {
    LocalDate expected = achievedOn != null ? achievedOn : forecastOn;
    return expected == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(getBaseline(), expected));
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

  public PlanRevision getRevision() {
    return revision;
  }

  public MilestoneKind getKind() {
    return kind;
  }

  public void setKind(MilestoneKind kind) {
    this.kind = kind;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public void setPlannedOn(LocalDate plannedOn) {
    this.plannedOn = plannedOn;
  }

  public LocalDate getBaselineOn() {
    return baselineOn;
  }

  public LocalDate getForecastOn() {
    return forecastOn;
  }

  public void setForecastOn(LocalDate forecastOn) {
    this.forecastOn = forecastOn;
  }

  public LocalDate getAchievedOn() {
    return achievedOn;
  }

  public void setAchievedOn(LocalDate achievedOn) {
    this.achievedOn = achievedOn;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}

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
import org.homeward.rights.entity.QualityRightsTheme;

/**
 * A piece of work in a closure plan, with the person or body answerable for it. Actions that
 * improve rights now are limited to practice: the rule is kept in {@link #crossFieldErrors}.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction implements AuditableEntity {

  public static final int TITLE_MAX = 200;
  public static final int OWNER_MAX = 200;
  public static final int NOTES_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  private PlanRevision revision;

  @NotBlank
  @Size(max = TITLE_MAX)
  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ActionCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "rights_practice", length = 40)
  private RightsPractice rightsPractice;

  @NotBlank
  @Size(max = OWNER_MAX)
  @Column(nullable = false, length = OWNER_MAX)
  private String owner;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @NotNull
  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "done_on")
  private LocalDate doneOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActionStatus status = ActionStatus.PLANNED;

  @Size(max = NOTES_MAX)
  @Column(length = NOTES_MAX)
  private String notes;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "milestone_id")
  private Milestone milestone;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private RightsIndicator indicator;

  @Enumerated(EnumType.STRING)
  @Column(name = "indicator_theme", length = 40)
  private QualityRightsTheme indicatorTheme;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "indicator_unit_id")
  private Unit indicatorUnit;

  public PlanAction() {
    // a blank action for a form
  }

  public PlanAction(String title, ActionCategory category, String owner, LocalDate startsOn, LocalDate dueOn) {
    this.title = title;
    this.category = category;
    this.owner = owner;
    this.startsOn = startsOn;
    this.dueOn = dueOn;
  }

  void attachTo(PlanRevision owner) {
    this.revision = owner;
  }

  PlanAction copy(Milestone copiedMilestone) {
    PlanAction copy = new PlanAction(title, category, owner, startsOn, dueOn);
    copy.rightsPractice = rightsPractice;
    copy.doneOn = doneOn;
    copy.status = status;
    copy.notes = notes;
    copy.milestone = copiedMilestone;
    copy.indicator = indicator;
    copy.indicatorTheme = indicatorTheme;
    copy.indicatorUnit = indicatorUnit;
    return copy;
  }

  void leadTo(Milestone target) {
    this.milestone = target;
  }

  /**
   * Applies {@code edited}: everything on a draft; on the approved revision in force only the
   * progress (status, date done, notes) and the indicator to watch, refusing a change to what was
   * approved. Naming what to measure changes nothing that was agreed.
   */
  public void updateFrom(PlanAction edited) {
    revision.requireCurrent();
    boolean contentChanged = !Objects.equals(title, edited.title) || category != edited.category
        || rightsPractice != edited.rightsPractice || !Objects.equals(owner, edited.owner)
        || !Objects.equals(startsOn, edited.startsOn) || !Objects.equals(dueOn, edited.dueOn)
        || milestone != edited.milestone;
    if (contentChanged) {
      if (!revision.isDraft()) {
        throw new RuleViolationException("plan.revision.readOnly");
      }
      title = edited.title;
      category = edited.category;
      rightsPractice = edited.rightsPractice;
      owner = edited.owner;
      startsOn = edited.startsOn;
      dueOn = edited.dueOn;
      milestone = edited.milestone;
    }
    status = edited.status;
    doneOn = edited.doneOn;
    notes = edited.notes;
    indicator = edited.indicator;
    indicatorTheme = edited.indicatorTheme;
    indicatorUnit = edited.indicatorUnit;
  }

  /** Drops a practice and an indicator chosen before the category was changed away from rights improvement. */
  public void dropPracticeUnlessRights() {
    if (category != ActionCategory.RIGHTS_IN_PRACTICE) {
      rightsPractice = null;
      indicator = null;
      indicatorTheme = null;
      indicatorUnit = null;
    }
  }

  /**
   * The rules across fields. A rights-improvement action names the practice it changes; no action
   * refurbishes, rebuilds or builds institutional facilities, since money and effort spent on the
   * institution delay its closure; a done action has the date it was done, and only a done one.
   */
  public List<FieldError> crossFieldErrors(LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (category == ActionCategory.INSTITUTIONAL_FACILITIES) {
      errors.add(new FieldError("category", "{plan.action.facilities}"));
    }
    if (category == ActionCategory.RIGHTS_IN_PRACTICE && rightsPractice == null) {
      errors.add(new FieldError("rightsPractice", "{plan.action.practiceRequired}"));
    }
    if (status == ActionStatus.DONE && doneOn == null) {
      errors.add(new FieldError("doneOn", "{plan.action.doneOnRequired}"));
    }
    if (status != ActionStatus.DONE && status != null && doneOn != null) {
      errors.add(new FieldError("doneOn", "{plan.action.doneOnOnlyWhenDone}"));
    }
    if (doneOn != null && doneOn.isAfter(today)) {
      errors.add(new FieldError("doneOn", "{jakarta.validation.constraints.PastOrPresent.message}"));
    }
    errors.addAll(FieldError.orderedDates(startsOn, "dueOn", dueOn, "{dates.endBeforeStart}"));
    if (indicator == RightsIndicator.QUALITY_RIGHTS_THEME && indicatorTheme == null) {
      errors.add(new FieldError("indicatorTheme", "{plan.action.indicatorTheme.required}"));
    }
    if (indicator != RightsIndicator.QUALITY_RIGHTS_THEME && indicatorTheme != null) {
      errors.add(new FieldError("indicatorTheme", "{plan.action.indicatorTheme.onlyForTheme}"));
    }
    if (indicatorUnit != null && (indicator == null || !indicator.coercion())) {
      errors.add(new FieldError("indicatorUnitId", "{plan.action.indicatorUnit.onlyForCoercion}"));
    }
    return errors;
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public ActionCategory getCategory() {
    return category;
  }

  public void setCategory(ActionCategory category) {
    this.category = category;
  }

  public RightsPractice getRightsPractice() {
    return rightsPractice;
  }

  public void setRightsPractice(RightsPractice rightsPractice) {
    this.rightsPractice = rightsPractice;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public void setDoneOn(LocalDate doneOn) {
    this.doneOn = doneOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public void setMilestone(Milestone milestone) {
    this.milestone = milestone;
  }

  public RightsIndicator getIndicator() {
    return indicator;
  }

  public void setIndicator(RightsIndicator indicator) {
    this.indicator = indicator;
  }

  public QualityRightsTheme getIndicatorTheme() {
    return indicatorTheme;
  }

  public void setIndicatorTheme(QualityRightsTheme indicatorTheme) {
    this.indicatorTheme = indicatorTheme;
  }

  /** The unit the indicator concerns, or {@code null} for the whole institution. */
  public Unit getIndicatorUnit() {
    return indicatorUnit;
  }

  public void setIndicatorUnit(Unit indicatorUnit) {
    this.indicatorUnit = indicatorUnit;
  }

  /**
   * The date the indicator is compared before and after: the date done when done, else the date the
   * action started, else the date it is due.
   */
  public LocalDate indicatorDate() {
    return doneOn != null ? doneOn : startsOn != null ? startsOn : dueOn;
  }

  /** Whether the action is still open after its due date. */
  public boolean overdueOn(LocalDate today) {
    return status.open() && dueOn != null && dueOn.isBefore(today);
  }
}

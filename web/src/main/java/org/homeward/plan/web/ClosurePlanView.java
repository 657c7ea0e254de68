package org.homeward.plan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.homeward.institution.boundary.Institutions;
import org.homeward.institution.entity.Institution;
import org.homeward.plan.boundary.ClosurePlans;
import org.homeward.plan.boundary.Consultations;
import org.homeward.plan.entity.ActionCategory;
import org.homeward.plan.entity.ActionStatus;
import org.homeward.plan.entity.ClosurePlan;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.Milestone;
import org.homeward.plan.entity.MilestoneKind;
import org.homeward.plan.entity.MilestoneStatus;
import org.homeward.plan.entity.Phase;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.plan.entity.RightsPractice;
import org.homeward.problem.HomewardException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.web.Problems;
import org.homeward.security.entity.Role;
import org.omnifaces.util.Faces;
import org.primefaces.model.timeline.TimelineModel;

/**
 * One institution's closure plan: the revision shown (the one the committee works on for editors,
 * the one in force for readers), its milestones, actions, phases and timeline, and the review cycle.
 * Milestones, actions and phases are edited in dialogs; the service decides what may change.
 */
@Named
@ViewScoped
public class ClosurePlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ClosurePlans plans;
  @Inject Consultations consultations;
  @Inject Institutions institutions;
  @Inject SecurityContext security;

  private Long id;
  private Integer number;
  private Institution institution;
  private ClosurePlan plan;
  private PlanRevision revision;
  private LocalDate today;
  private List<ConsultationEvent> events;
  private transient TimelineModel<String, String> timeline;

  private LocalDate newTarget;
  private LocalDate target;
  private String summary;

  private Milestone milestone;
  private Long editedMilestoneId;
  private Long unitId;

  private PlanAction action;
  private Long editedActionId;
  private Long actionMilestoneId;
  private Long actionIndicatorUnitId;

  private Phase phase;
  private Long editedPhaseId;

  public void load() {
    try {
      if (id == null) {
        throw new RecordNotFoundException("Institution", null);
      }
      institution = institutions.find(id);
      today = plans.today();
      events = consultations.list(id);
      if (plans.hasPlan(id)) {
        plan = plans.plan(id);
        show(number != null ? number : defaultRevision());
      }
    } catch (HomewardException e) {
      Problems.notFound(e);
    }
  }

  private int defaultRevision() {
    PlanRevision shown = isEditor() ? plan.current() : plan.approved().orElseGet(plan::current);
    return shown.getNumber();
  }

  private void show(int revisionNumber) {
    number = revisionNumber;
    revision = plans.revision(id, revisionNumber);
    plan = revision.getPlan();
    target = revision.getTargetClosureOn();
    summary = revision.getChangeSummary();
    timeline = null;
  }

  private void reload() {
    plan = plans.plan(id);
    show(number);
  }

  /** Whether the caller's role edits plans; the service checks role and scope again on every change. */
  public boolean isEditor() {
    return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COMMITTEE.name());
  }

  public boolean isContentEditable() {
    return isEditor() && revision != null && revision.isDraft();
  }

  public boolean isProgressEditable() {
    return isEditor() && revision != null && plan.current() == revision;
  }

  public boolean isReviewable() {
    return isEditor() && plan != null && plan.draft().isEmpty() && plan.approved().isPresent();
  }

  public void create() {
    try {
      plans.create(id, newTarget);
      plan = plans.plan(id);
      show(1);
      Problems.info("plan.created");
    } catch (HomewardException e) {
      Problems.show(e, "createForm");
    }
  }

  public void saveRevision() {
    try {
      plans.updateRevision(id, number, revision.getVersion(), target, summary);
      reload();
      Problems.info("plan.revision.saved");
    } catch (HomewardException e) {
      Problems.show(e, "revisionEditForm");
    }
  }

  public void approve() {
    try {
      plans.approve(id, number, revision.getVersion(), summary);
      reload();
      Problems.info("plan.revision.approvedNow", number);
    } catch (HomewardException e) {
      Problems.show(e, "approveForm");
    }
  }

  public void startReview() {
    try {
      PlanRevision review = plans.startReview(id);
      plan = plans.plan(id);
      show(review.getNumber());
      Problems.info("plan.review.started", review.getNumber());
    } catch (HomewardException e) {
      Problems.show(e, "revisionForm");
    }
  }

  /** The printed plan, as a PDF download. */
  public void print() {
    byte[] pdf = PlanDocument.render(plans.print(id, number), ResourceBundle.getBundle("i18n.messages", Faces.getLocale()));
    Faces.sendFile(pdf, "closure-plan-" + institution.getCode() + "-r" + number + ".pdf", true);
  }

  // --- milestones ---------------------------------------------------------------------------------

  public MilestoneStatus statusOf(Milestone m) {
    return revision.statusOf(m, today);
  }

  public void newMilestone() {
    milestone = new Milestone(MilestoneKind.CUSTOM, null, null);
    editedMilestoneId = null;
    unitId = null;
  }

  public void editMilestone(Milestone selected) {
    milestone = new Milestone(selected.getKind(), selected.getTitle(), selected.getPlannedOn());
    milestone.setForecastOn(selected.getForecastOn());
    milestone.setAchievedOn(selected.getAchievedOn());
    milestone.setNotes(selected.getNotes());
    milestone.setVersion(selected.getVersion());
    editedMilestoneId = selected.getId();
    unitId = selected.getUnit() == null ? null : selected.getUnit().getId();
  }

  public void saveMilestone() {
    try {
      if (editedMilestoneId == null) {
        plans.addMilestone(id, number, milestone, unitId);
      } else {
        plans.updateMilestone(id, number, editedMilestoneId, milestone, unitId);
      }
      milestone = null;
      reload();
      Problems.info("plan.milestone.saved");
    } catch (HomewardException e) {
      Problems.show(e, "milestoneForm");
    }
  }

  public void removeMilestone(Milestone selected) {
    try {
      plans.removeMilestone(id, number, selected.getId());
      reload();
      Problems.info("plan.milestone.removed");
    } catch (HomewardException e) {
      Problems.show(e, "milestonesForm");
    }
  }

  // --- actions ------------------------------------------------------------------------------------

  public void newAction() {
    action = new PlanAction();
    action.setStartsOn(today);
    editedActionId = null;
    actionMilestoneId = null;
    actionIndicatorUnitId = null;
  }

  public void editAction(PlanAction selected) {
    action = new PlanAction(selected.getTitle(), selected.getCategory(), selected.getOwner(), selected.getStartsOn(), selected.getDueOn());
    action.setRightsPractice(selected.getRightsPractice());
    action.setStatus(selected.getStatus());
    action.setDoneOn(selected.getDoneOn());
    action.setNotes(selected.getNotes());
    action.setVersion(selected.getVersion());
    action.setIndicator(selected.getIndicator());
    action.setIndicatorTheme(selected.getIndicatorTheme());
    actionIndicatorUnitId = selected.getIndicatorUnit() == null ? null : selected.getIndicatorUnit().getId();
    editedActionId = selected.getId();
    actionMilestoneId = selected.getMilestone() == null ? null : selected.getMilestone().getId();
  }

  public void saveAction() {
    // a theme or unit chosen for an indicator since changed is not sent: its field is no longer on the form
    if (!isThemeIndicator()) {
      action.setIndicatorTheme(null);
    }
    if (!isUnitIndicator()) {
      actionIndicatorUnitId = null;
    }
    try {
      if (editedActionId == null) {
        plans.addAction(id, number, action, actionMilestoneId, actionIndicatorUnitId);
      } else {
        plans.updateAction(id, number, editedActionId, action, actionMilestoneId, actionIndicatorUnitId);
      }
      action = null;
      reload();
      Problems.info("plan.action.saved");
    } catch (HomewardException e) {
      Problems.show(e, "actionForm");
    }
  }

  public void removeAction(PlanAction selected) {
    try {
      plans.removeAction(id, number, selected.getId());
      reload();
      Problems.info("plan.action.removed");
    } catch (HomewardException e) {
      Problems.show(e, "actionsForm");
    }
  }

  public org.homeward.plan.entity.RightsIndicator[] getRightsIndicators() {
    return org.homeward.plan.entity.RightsIndicator.values();
  }

  public org.homeward.rights.entity.QualityRightsTheme[] getQualityRightsThemes() {
    return org.homeward.rights.entity.QualityRightsTheme.values();
  }

  /** Whether the action's indicator is a QualityRights theme, which must be named. */
  public boolean isThemeIndicator() {
    return action != null && action.getIndicator() == org.homeward.plan.entity.RightsIndicator.QUALITY_RIGHTS_THEME;
  }

  /** Whether the action's indicator counts coercion, which a unit can be named for. */
  public boolean isUnitIndicator() {
    return action != null && action.getIndicator() != null && action.getIndicator().coercion();
  }

  public Long getActionIndicatorUnitId() {
    return actionIndicatorUnitId;
  }

  public void setActionIndicatorUnitId(Long actionIndicatorUnitId) {
    this.actionIndicatorUnitId = actionIndicatorUnitId;
  }

  public boolean isRightsAction() {
    return action != null && action.getCategory() == ActionCategory.RIGHTS_IN_PRACTICE;
  }

  // --- phases -------------------------------------------------------------------------------------

  public void newPhase() {
    phase = new Phase();
    editedPhaseId = null;
  }

  public void editPhase(Phase selected) {
    phase = new Phase(selected.getName(), selected.getStartsOn(), selected.getEndsOn(), selected.getDescription());
    phase.setVersion(selected.getVersion());
    editedPhaseId = selected.getId();
  }

  public void savePhase() {
    try {
      if (editedPhaseId == null) {
        plans.addPhase(id, number, phase);
      } else {
        plans.updatePhase(id, number, editedPhaseId, phase);
      }
      phase = null;
      reload();
      Problems.info("plan.phase.saved");
    } catch (HomewardException e) {
      Problems.show(e, "phaseForm");
    }
  }

  public void removePhase(Phase selected) {
    try {
      plans.removePhase(id, number, selected.getId());
      reload();
      Problems.info("plan.phase.removed");
    } catch (HomewardException e) {
      Problems.show(e, "phasesForm");
    }
  }

  // --- what the page shows ------------------------------------------------------------------------

  public TimelineModel<String, String> getTimeline() {
    if (timeline == null && revision != null) {
      timeline = PlanTimeline.of(revision, today, ResourceBundle.getBundle("i18n.messages", Faces.getLocale()));
    }
    return timeline;
  }

  /** The timeline's first view: from the earliest date in the plan to half a year after the target. */
  public java.time.LocalDateTime getTimelineStart() {
    java.util.stream.Stream<LocalDate> dates = java.util.stream.Stream.concat(
        revision.getPhases().stream().map(Phase::getStartsOn),
        java.util.stream.Stream.concat(revision.getMilestones().stream().map(Milestone::getBaseline),
            revision.getActions().stream().map(a -> a.getStartsOn() != null ? a.getStartsOn() : a.getDueOn())));
    return dates.min(LocalDate::compareTo).orElse(today).minusMonths(1).atStartOfDay();
  }

  public java.time.LocalDateTime getTimelineEnd() {
    return revision.getTargetClosureOn().plusMonths(8).atStartOfDay();
  }

  /** Communication actions in this revision: done and in all. */
  public long[] getCommunicationActions() {
    List<PlanAction> communication = revision.getActions().stream().filter(a -> a.getCategory() == ActionCategory.COMMUNICATION).toList();
    return new long[] {communication.stream().filter(a -> a.getStatus() == ActionStatus.DONE).count(), communication.size()};
  }

  /** Consultation events held so far, and those whose concerns await a response. */
  public long[] getConsultationEvents() {
    return new long[] {events.size(), events.stream().filter(ConsultationEvent::awaitsResponse).count()};
  }

  public long countWith(MilestoneStatus status) {
    return revision.getMilestones().stream().filter(m -> statusOf(m) == status).count();
  }

  public MilestoneStatus[] getMilestoneStatuses() {
    return MilestoneStatus.values();
  }

  public MilestoneKind[] getMilestoneKinds() {
    return MilestoneKind.values();
  }

  public ActionCategory[] getActionCategories() {
    return ActionCategory.values();
  }

  public RightsPractice[] getRightsPractices() {
    return RightsPractice.values();
  }

  public ActionStatus[] getActionStatuses() {
    return ActionStatus.values();
  }

  public List<PlanRevision> getRevisions() {
    return plan == null ? List.of() : plan.getRevisions();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
  }

  public Institution getInstitution() {
    return institution;
  }

  public ClosurePlan getPlan() {
    return plan;
  }

  public PlanRevision getRevision() {
    return revision;
  }

  public LocalDate getToday() {
    return today;
  }

  public LocalDate getNewTarget() {
    return newTarget;
  }

  public void setNewTarget(LocalDate newTarget) {
    this.newTarget = newTarget;
  }

  public LocalDate getTarget() {
    return target;
  }

  public void setTarget(LocalDate target) {
    this.target = target;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Milestone getMilestone() {
    return milestone;
  }

  public boolean isEditingMilestone() {
    return editedMilestoneId != null;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public PlanAction getAction() {
    return action;
  }

  public boolean isEditingAction() {
    return editedActionId != null;
  }

  public Long getActionMilestoneId() {
    return actionMilestoneId;
  }

  public void setActionMilestoneId(Long actionMilestoneId) {
    this.actionMilestoneId = actionMilestoneId;
  }

  public Phase getPhase() {
    return phase;
  }

  public boolean isEditingPhase() {
    return editedPhaseId != null;
  }
}

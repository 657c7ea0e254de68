package org.homeward.plan.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.committee.boundary.CommitteeComposition;
import org.homeward.committee.control.CommitteeRepository;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.plan.control.PlanRepository;
import org.homeward.plan.entity.ClosurePlan;
import org.homeward.plan.entity.Milestone;
import org.homeward.plan.entity.MilestoneStatus;
import org.homeward.plan.entity.Phase;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.PlanRevision;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * Closure plans and their revisions. Everyone signed in reads the plans of the institutions in
 * their scope (the ministry: all); administrators and the institution's committee create and keep
 * them. What an approved revision says never changes: a review copies it into a draft.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FOCAL_POINT, Role.FINANCE})
public class ClosurePlans {

  private static final String PLAN = "ClosurePlan";

  @Inject PlanRepository repository;
  @Inject InstitutionRepository institutions;
  @Inject CommitteeRepository committees;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public boolean hasPlan(@InScope long institutionId) {
    return repository.planOf(institutionId).isPresent();
  }

  @RecordsRead
  public ClosurePlan plan(@InScope long institutionId) {
    return load(institutionId);
  }

  /** One revision, with its phases, milestones and actions loaded for display. */
  @RecordsRead
  public PlanRevision revision(@InScope long institutionId, int number) {
    return loaded(revisionOf(institutionId, number));
  }

  /** Every institution in the caller's scope with the state of its plan, those slipping most first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<PlanSummary> overview() {
    Set<Long> scope = scope();
    LocalDate today = today();
    List<PlanSummary> summaries = new ArrayList<>();
    for (ClosurePlan plan : repository.plans(scope)) {
      PlanRevision shown = plan.approved().orElseGet(() -> plan.draft().orElseThrow());
      Map<MilestoneStatus, Long> counts = new EnumMap<>(MilestoneStatus.class);
      for (MilestoneStatus status : MilestoneStatus.values()) {
        counts.put(status, 0L);
      }
      shown.getMilestones().forEach(m -> counts.merge(shown.statusOf(m, today), 1L, Long::sum));
      long slip = shown.getMilestones().stream().mapToLong(Milestone::getSlipDays).max().orElse(0);
      long overdueActions = shown.getActions().stream().filter(a -> a.overdueOn(today)).count();
      summaries.add(new PlanSummary(plan.getInstitution(), shown.getNumber(), shown.getStatus(), shown.getTargetClosureOn(),
          counts, slip, overdueActions));
    }
    for (Institution without : repository.institutionsWithoutPlan(scope)) {
      summaries.add(new PlanSummary(without, null, null, null, Map.of(), 0, 0));
    }
    summaries.sort(java.util.Comparator.comparingLong((PlanSummary s) -> -s.count(MilestoneStatus.OVERDUE))
        .thenComparingLong(s -> -s.count(MilestoneStatus.AT_RISK))
        .thenComparing(s -> s.institution().getName()));
    return summaries;
  }

  /** Starts the institution's plan: a first draft that offers the standard milestones. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanRevision create(@InScope long institutionId, LocalDate targetClosureOn) {
    Institution institution = institutions.find(institutionId)
        .orElseThrow(() -> new RecordNotFoundException("Institution", institutionId));
    if (targetClosureOn == null) {
      throw new InvalidInputException("targetClosureOn", "{jakarta.validation.constraints.NotNull.message}");
    }
    if (!targetClosureOn.isAfter(today())) {
      throw new InvalidInputException("targetClosureOn", "{plan.target.future}");
    }
    if (repository.planOf(institutionId).isPresent()) {
      throw new DuplicateRecordException("targetClosureOn", "{plan.exists}");
    }
    ClosurePlan plan = repository.add(ClosurePlan.create(institution, targetClosureOn, caller.name(), clock.instant(), today()));
    return plan.current();
  }

  /** Changes a draft's target date and its summary of what changed and why. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanRevision updateRevision(@InScope long institutionId, int number, long version, LocalDate target, String summary) {
    PlanRevision revision = revisionOf(institutionId, number);
    StaleRecordException.requireVersion(revision.getVersion(), version);
    List<FieldError> errors = new ArrayList<>();
    if (target == null) {
      errors.add(new FieldError("targetClosureOn", "{jakarta.validation.constraints.NotNull.message}"));
    }
    if (summary != null && summary.length() > PlanRevision.SUMMARY_MAX) {
      errors.add(new FieldError("changeSummary", "{plan.revision.summaryLength}"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    revision.updateFrom(target, summary);
    return revision;
  }

  /** Opens a review of the approved plan: a new draft revision copied from it. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanRevision startReview(@InScope long institutionId) {
    return load(institutionId).startReview(caller.name(), clock.instant());
  }

  /**
   * Approves a draft, recording who approved it, when, and the summary of what changed and why; the
   * planned dates of its milestones become their baselines.
   */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanRevision approve(@InScope long institutionId, int number, long version, String summary) {
    PlanRevision revision = updateRevision(institutionId, number, version, revisionOf(institutionId, number).getTargetClosureOn(), summary);
    revision.getPlan().approve(revision, caller.name(), clock.instant());
    return revision;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Phase addPhase(@InScope long institutionId, int number, Phase draft) {
    PlanRevision revision = revisionOf(institutionId, number);
    revision.requireDraft();
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors());
    return revision.addPhase(draft);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Phase updatePhase(@InScope long institutionId, int number, long phaseId, Phase edited) {
    Phase phase = find(revisionOf(institutionId, number).getPhases(), phaseId, "Phase");
    StaleRecordException.requireVersion(phase.getVersion(), edited.getVersion());
    phase.getRevision().requireDraft();
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors());
    phase.updateFrom(edited);
    return phase;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public void removePhase(@InScope long institutionId, int number, long phaseId) {
    PlanRevision revision = revisionOf(institutionId, number);
    revision.removePhase(find(revision.getPhases(), phaseId, "Phase"));
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Milestone addMilestone(@InScope long institutionId, int number, Milestone draft, Long unitId) {
    PlanRevision revision = revisionOf(institutionId, number);
    revision.requireDraft();
    draft.setUnit(unit(institutionId, unitId));
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors(today()));
    return revision.addMilestone(draft);
  }

  /** On a draft, changes anything; on the revision in force, records the forecast and the date achieved. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Milestone updateMilestone(@InScope long institutionId, int number, long milestoneId, Milestone edited, Long unitId) {
    Milestone milestone = find(revisionOf(institutionId, number).getMilestones(), milestoneId, "Milestone");
    StaleRecordException.requireVersion(milestone.getVersion(), edited.getVersion());
    edited.setUnit(unit(institutionId, unitId));
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors(today()));
    milestone.updateFrom(edited);
    return milestone;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public void removeMilestone(@InScope long institutionId, int number, long milestoneId) {
    PlanRevision revision = revisionOf(institutionId, number);
    revision.removeMilestone(find(revision.getMilestones(), milestoneId, "Milestone"));
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanAction addAction(@InScope long institutionId, int number, PlanAction draft, Long milestoneId) {
    return addAction(institutionId, number, draft, milestoneId, null);
  }

  /** Adds an action; a rights improvement may name the indicator it should move and the unit it concerns ({@code indicatorUnitId}). */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanAction addAction(@InScope long institutionId, int number, PlanAction draft, Long milestoneId, Long indicatorUnitId) {
    PlanRevision revision = revisionOf(institutionId, number);
    revision.requireDraft();
    draft.setMilestone(milestone(revision, milestoneId));
    draft.setIndicatorUnit(indicatorUnit(institutionId, indicatorUnitId));
    draft.dropPracticeUnlessRights();
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors(today()));
    return revision.addAction(draft);
  }

  /** On a draft, changes anything; on the revision in force, records status, date done and notes. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanAction updateAction(@InScope long institutionId, int number, long actionId, PlanAction edited, Long milestoneId) {
    return updateAction(institutionId, number, actionId, edited, milestoneId, null);
  }

  /**
   * On a draft, changes anything; on the revision in force, records status, date done, notes and the
   * indicator to watch (with the unit it concerns, {@code indicatorUnitId}).
   */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public PlanAction updateAction(@InScope long institutionId, int number, long actionId, PlanAction edited, Long milestoneId,
      Long indicatorUnitId) {
    PlanRevision revision = revisionOf(institutionId, number);
    PlanAction action = find(revision.getActions(), actionId, "PlanAction");
    StaleRecordException.requireVersion(action.getVersion(), edited.getVersion());
    edited.setMilestone(milestone(revision, milestoneId));
    edited.setIndicatorUnit(indicatorUnit(institutionId, indicatorUnitId));
    edited.dropPracticeUnlessRights();
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors(today()));
    action.updateFrom(edited);
    return action;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public void removeAction(@InScope long institutionId, int number, long actionId) {
    PlanRevision revision = revisionOf(institutionId, number);
    revision.removeAction(find(revision.getActions(), actionId, "PlanAction"));
  }

  /** What the printed plan shows; audited as a print. */
  @RecordsRead(AuditAction.PRINT)
  public PlanPrint print(@InScope long institutionId, int number) {
    PlanRevision revision = loaded(revisionOf(institutionId, number));
    return new PlanPrint(revision.getPlan().getInstitution(), revision,
        CommitteeComposition.of(committees.members(institutionId), today()),
        repository.consultations(institutionId), repository.sites(institutionId), today());
  }

  private Set<Long> scope() {
    UserAccount account = caller.require();
    return account.national() ? null : account.getInstitutionIds();
  }

  private ClosurePlan load(long institutionId) {
    return repository.planOf(institutionId).orElseThrow(() -> new RecordNotFoundException(PLAN, institutionId));
  }

  private PlanRevision revisionOf(long institutionId, int number) {
    return load(institutionId).revision(number).orElseThrow(() -> new RecordNotFoundException("PlanRevision", number));
  }

  private static PlanRevision loaded(PlanRevision revision) {
    revision.getPhases().size();
    revision.getActions().forEach(a -> {
      a.getMilestone();
      if (a.getIndicatorUnit() != null) {
        a.getIndicatorUnit().getName();
      }
    });
    revision.getMilestones().forEach(m -> m.getUnit());
    revision.getPlan().getInstitution().getUnits().size();
    return revision;
  }

  private Unit indicatorUnit(long institutionId, Long unitId) {
    if (unitId == null) {
      return null;
    }
    return institutions.findUnit(institutionId, unitId)
        .orElseThrow(() -> new InvalidInputException("indicatorUnitId", "{plan.action.indicatorUnit.unknown}"));
  }

  private Unit unit(long institutionId, Long unitId) {
    if (unitId == null) {
      return null;
    }
    return institutions.findUnit(institutionId, unitId)
        .orElseThrow(() -> new InvalidInputException("unitId", "{plan.milestone.unitUnknown}"));
  }

  private static Milestone milestone(PlanRevision revision, Long milestoneId) {
    if (milestoneId == null) {
      return null;
    }
    return revision.getMilestones().stream().filter(m -> m.getId().equals(milestoneId)).findFirst()
        .orElseThrow(() -> new InvalidInputException("milestoneId", "{plan.action.milestoneUnknown}"));
  }

  private static <T extends org.homeward.audit.entity.AuditableEntity> T find(List<T> records, long id, String type) {
    return records.stream().filter(r -> r.getId() == id).findFirst().orElseThrow(() -> new RecordNotFoundException(type, id));
  }
}

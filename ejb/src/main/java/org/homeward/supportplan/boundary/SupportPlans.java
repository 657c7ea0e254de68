package org.homeward.supportplan.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.supportplan.control.ReviewScheduler;
import org.homeward.supportplan.control.SupportPlanRepository;
import org.homeward.supportplan.entity.ActionStep;
import org.homeward.supportplan.entity.Participation;
import org.homeward.supportplan.entity.PlanContent;
import org.homeward.supportplan.entity.SupportPlanRevision;

/**
 * The individualized support plan, kept by whoever may see the person's record (their focal point,
 * the committee, administrators). A draft is agreed only with the person's participation recorded;
 * a review starts a new draft from the agreed words.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class SupportPlans {

  @Inject SupportPlanRepository repository;
  @Inject ResidentAccess access;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  @Inject ReviewScheduler scheduler;

  @RecordsRead(AuditAction.SEARCH)
  public List<SupportPlanRevision> revisions(long residentId) {
    access.require(residentId);
    List<SupportPlanRevision> revisions = repository.revisions(residentId);
    revisions.forEach(r -> r.getSteps().size());
    return revisions;
  }

  /** Starts the first draft, or a review of the agreed plan. */
  public SupportPlanRevision start(long residentId) {
    Resident resident = access.require(residentId);
    List<SupportPlanRevision> revisions = repository.revisions(residentId);
    if (revisions.stream().anyMatch(SupportPlanRevision::isDraft)) {
      throw new RuleViolationException("supportplan.draftOpen");
    }
    Optional<SupportPlanRevision> agreed = revisions.stream().filter(r -> r.getStatus() == org.homeward.supportplan.entity.PlanStatus.AGREED)
        .findFirst();
    SupportPlanRevision draft = agreed.isPresent()
        ? agreed.get().review(revisions.size() + 1, caller.name(), clock.instant())
        : new SupportPlanRevision(resident, revisions.size() + 1, caller.name(), clock.instant());
    return repository.add(draft);
  }

  /** Writes a draft's words and the record of the person's participation. */
  public SupportPlanRevision write(long residentId, int number, long version, PlanContent content, Participation participation) {
    SupportPlanRevision revision = revision(residentId, number);
    StaleRecordException.requireVersion(revision.getVersion(), version);
    InvalidInputException.throwIfAny(validator.validate(content), List.of());
    InvalidInputException.throwIfAny(validator.validate(participation), List.of());
    revision.write(content, participation);
    return revision;
  }

  /** Agrees the draft with the person; refused while the record of their participation is incomplete. */
  public SupportPlanRevision agree(long residentId, int number, long version, LocalDate agreedOn) {
    SupportPlanRevision revision = revision(residentId, number);
    StaleRecordException.requireVersion(revision.getVersion(), version);
    revision.agree(agreedOn, LocalDate.now(clock));
    repository.revisions(residentId).stream().filter(r -> r != revision).forEach(revision::replaces);
    return revision;
  }

  /** Writes the draft and agrees it in one step, as the form does: nothing is saved if the agreement is refused. */
  public SupportPlanRevision writeAndAgree(long residentId, int number, long version, PlanContent content, Participation participation,
      LocalDate agreedOn) {
    SupportPlanRevision revision = write(residentId, number, version, content, participation);
    revision.agree(agreedOn, LocalDate.now(clock));
    repository.revisions(residentId).stream().filter(r -> r != revision).forEach(revision::replaces);
    return revision;
  }

  public ActionStep addStep(long residentId, int number, ActionStep draft) {
    SupportPlanRevision revision = revision(residentId, number);
    revision.requireDraft();
    InvalidInputException.throwIfAny(validator.validate(draft));
    return revision.addStep(draft);
  }

  /** On a draft, changes anything about a step; on the agreed plan, records how far it is. */
  public ActionStep updateStep(long residentId, int number, long stepId, ActionStep edited) {
    SupportPlanRevision revision = revision(residentId, number);
    ActionStep step = revision.getSteps().stream().filter(s -> s.getId() == stepId).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("ActionStep", stepId));
    StaleRecordException.requireVersion(step.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited));
    if (!revision.isDraft()) {
      if (revision.getStatus() != org.homeward.supportplan.entity.PlanStatus.AGREED
          || !step.getGoal().equals(edited.getGoal()) || !step.getStep().equals(edited.getStep()) || !step.getWho().equals(edited.getWho())
          || !java.util.Objects.equals(step.getDueOn(), edited.getDueOn())) {
        throw new RuleViolationException("supportplan.readOnly");
      }
    }
    step.updateFrom(edited);
    return step;
  }

  /** The reviews due after the move, and which are done. */
  public ReviewSchedule reviews(long residentId) {
    return scheduler.schedule(access.require(residentId));
  }

  /**
   * The plan in plain language for the person to keep: the revision agreed with them, or the latest
   * draft while none is; refused while the person has no plan at all. Audited as a print.
   */
  @RecordsRead(AuditAction.PRINT)
  public PlainLanguagePlan plainLanguageSummary(long residentId) {
    Resident resident = access.require(residentId);
    List<SupportPlanRevision> revisions = repository.revisions(residentId);
    SupportPlanRevision shown = revisions.stream().filter(SupportPlanRevision::agreedWithPerson).reduce((a, b) -> b)
        .or(() -> revisions.stream().reduce((a, b) -> b))
        .orElseThrow(() -> new RuleViolationException("supportplan.summary.noPlan"));
    shown.getSteps().size();
    String focalPoint = resident.getFocalPoint() == null ? null : resident.getFocalPoint().getDisplayName();
    return new PlainLanguagePlan(resident.getDisplayName(), shown, focalPoint, scheduler.schedule(resident), scheduler.reviewMonths(),
        LocalDate.now(clock));
  }

  private SupportPlanRevision revision(long residentId, int number) {
    access.require(residentId);
    return repository.revisions(residentId).stream().filter(r -> r.getNumber() == number).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("SupportPlanRevision", number));
  }
}

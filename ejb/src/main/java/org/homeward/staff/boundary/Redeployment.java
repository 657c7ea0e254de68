package org.homeward.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.homeward.staff.control.PositionFit;
import org.homeward.staff.control.PositionRepository;
import org.homeward.staff.control.StaffAccess;
import org.homeward.staff.control.StaffRepository;
import org.homeward.staff.control.StatusHistory;
import org.homeward.staff.entity.ApplicationDecision;
import org.homeward.staff.entity.CommunityPosition;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.StatusCause;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.TrainingStatus;

/**
 * Each staff member's way into a community position (WHO guidance, strategy 2.4.1): positions that
 * fit them, their applications, and the appraisal that decides each. The committee keeps its
 * institutions' staff; administrators any.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE})
public class Redeployment {

  static final int SUGGESTIONS_MAX = 10;
  static final int CANDIDATES_MAX = 50;

  @Inject PositionRepository positions;
  @Inject StaffRepository staff;
  @Inject StaffAccess access;
  @Inject StatusHistory history;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  /** Where the person stands, how they got there, their applications and the open positions that fit them best. */
  @RecordsRead(AuditAction.READ)
  public Pathway pathway(long staffId) {
    StaffMember member = access.require(staffId);
    List<StaffApplication> applications = positions.applicationsOf(staffId);
    List<PositionMatch> suggestions = List.of();
    if (member.getStatus() != RedeploymentStatus.REDEPLOYED && !member.hasGone()) {
      Map<String, TrainingStatus> trainings = trainingsOf(staffId);
      suggestions = positions.positions(null, null, true).stream()
          .filter(p -> applications.stream().noneMatch(a -> a.getPosition().getId().equals(p.getId())))
          .map(p -> new PositionMatch(p, PositionFit.of(member, trainings, p)))
          .sorted(Comparator.comparingInt((PositionMatch m) -> -m.fit().score()).thenComparing(m -> m.position().getAvailableFrom()))
          .limit(SUGGESTIONS_MAX).toList();
    }
    return new Pathway(staffId, member.getStatus(), positions.history(staffId), applications, suggestions);
  }

  /** Staff of the caller's institutions still on their way who have not applied to the position, best fit first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<StaffMatch> candidates(long positionId) {
    CommunityPosition position = position(positionId);
    UserAccount account = caller.require();
    List<StaffMember> members = positions.staffOnTheirWay(account.national() ? null : account.getInstitutionIds());
    Map<Long, Map<String, TrainingStatus>> trainings = positions.trainingsOf(members.stream().map(StaffMember::getId).toList());
    List<Long> applied = positions.applicationsTo(positionId, null).stream().map(a -> a.getStaffMember().getId()).toList();
    return members.stream().filter(m -> !applied.contains(m.getId()))
        .map(m -> new StaffMatch(m, PositionFit.of(m, trainings.getOrDefault(m.getId(), Map.of()), position)))
        .sorted(Comparator.comparingInt((StaffMatch m) -> -m.fit().score()).thenComparing(m -> m.member().getName()))
        .limit(CANDIDATES_MAX).toList();
  }

  /** Applications to the position from staff the caller may see, latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<StaffApplication> applicationsTo(long positionId) {
    position(positionId);
    UserAccount account = caller.require();
    return positions.applicationsTo(positionId, account.national() ? null : account.getInstitutionIds());
  }

  @RecordsRead(AuditAction.READ)
  public StaffApplication application(long staffId, long applicationId) {
    access.require(staffId);
    return positions.application(staffId, applicationId).orElseThrow(() -> new RecordNotFoundException("StaffApplication", applicationId));
  }

  /** The person applies to an open position, once per position, while they are still on their way. */
  public StaffApplication apply(long staffId, long positionId, StaffApplication draft) {
    StaffMember member = access.require(staffId);
    CommunityPosition position = position(positionId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.applicationErrors(today()));
    if (member.hasGone() || member.getStatus() == RedeploymentStatus.REDEPLOYED) {
      throw new RuleViolationException("staff.application.notOnTheirWay");
    }
    if (position.openingsLeft() == 0) {
      throw new RuleViolationException("staff.application.noOpening");
    }
    if (positions.hasApplied(staffId, positionId)) {
      throw new DuplicateRecordException("positionId", "{staff.application.duplicate}");
    }
    draft.attach(member, position);
    positions.add(draft);
    history.refresh(member, StatusCause.APPLICATION);
    return draft;
  }

  /**
   * Records the appraisal and its decision. An acceptance takes one of the position's openings,
   * with the position's row locked so that two acceptances of the last opening cannot both win;
   * accepted after training puts the position's courses the person lacks on their training list.
   */
  public StaffApplication appraise(long staffId, long applicationId, StaffApplication appraisal) {
    StaffMember member = access.require(staffId);
    StaffApplication application = positions.application(staffId, applicationId)
        .orElseThrow(() -> new RecordNotFoundException("StaffApplication", applicationId));
    StaleRecordException.requireVersion(application.getVersion(), appraisal.getVersion());
    appraisal.setAppliedOn(application.getAppliedOn());
    InvalidInputException.throwIfAny(validator.validate(appraisal), appraisal.appraisalErrors(application.getAppliedOn(), today()));
    if (!application.isPending()) {
      throw new RuleViolationException("staff.appraisal.alreadyDecided");
    }
    if (appraisal.getDecision().accepts()) {
      if (member.getStatus() == RedeploymentStatus.REDEPLOYED || member.hasGone()) {
        throw new RuleViolationException("staff.application.notOnTheirWay");
      }
      if (!positions.lockForFilling(application.getPosition()).fillOne()) {
        throw new RuleViolationException("staff.application.noOpening");
      }
    }
    application.appraise(appraisal, caller.name());
    if (appraisal.getDecision() == ApplicationDecision.ACCEPTED_AFTER_TRAINING) {
      addMissingCourses(member, application.getPosition());
    }
    history.refresh(member, StatusCause.DECISION);
    return application;
  }

  private void addMissingCourses(StaffMember member, CommunityPosition position) {
    for (TrainingCourse course : position.coursesInOrder()) {
      if (!staff.hasTraining(member.getId(), course.getCode())) {
        StaffTraining needed = new StaffTraining(course, TrainingStatus.NEEDED, null, null);
        needed.attachTo(member);
        staff.add(needed);
      }
    }
  }

  private Map<String, TrainingStatus> trainingsOf(long staffId) {
    return positions.trainingsOf(List.of(staffId)).getOrDefault(staffId, Map.of());
  }

  private CommunityPosition position(long id) {
    return positions.position(id).orElseThrow(() -> new RecordNotFoundException("CommunityPosition", id));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}

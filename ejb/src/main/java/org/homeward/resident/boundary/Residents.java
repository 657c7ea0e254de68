package org.homeward.resident.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.followup.control.FollowUpRepository;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.Unit;
import org.homeward.placement.control.PlacementRepository;
import org.homeward.placement.entity.Placement;
import org.homeward.placement.entity.PreMoveDiscussion;
import org.homeward.problem.DuplicateRecordException;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.Readiness;
import org.homeward.resident.entity.Resident;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.security.control.CurrentCaller;
import org.homeward.supportplan.control.SupportPlanRepository;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * People's records and their transition cases. A focal point sees and changes only the people they
 * accompany; the committee the residents of its institutions; administrators everyone. The ministry
 * and finance officers see no person's record (their figures come from {@link #figures}). Every read
 * of a record is audited.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class Residents {

  @Inject ResidentRepository repository;
  @Inject ResidentAccess access;
  @Inject PlacementRepository placements;
  @Inject SupportPlanRepository supportPlans;
  @Inject FollowUpRepository followUps;
  @Inject InstitutionRepository institutions;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;
  @Inject Event<ResidentsMoved> moves;

  /** An institution's residents; a focal point's list holds only the people they accompany. */
  @RecordsRead(AuditAction.SEARCH)
  public Page<Resident> search(@InScope long institutionId, ResidentFilter filter, PageRequest page) {
    UserAccount account = caller.require();
    Long onlyAccompaniedBy = account.hasRole(Role.ADMIN) || account.hasRole(Role.COMMITTEE) ? null : account.getId();
    return repository.search(institutionId, onlyAccompaniedBy, filter == null ? ResidentFilter.none() : filter, page);
  }

  /** The people the caller accompanies as focal point, in every institution. */
  @RecordsRead(AuditAction.SEARCH)
  @Permit(Role.FOCAL_POINT)
  public Page<Resident> caseload(ResidentFilter filter, PageRequest page) {
    return repository.search(null, caller.require().getId(), filter == null ? ResidentFilter.none() : filter, page);
  }

  @RecordsRead
  public Resident find(long residentId) {
    Resident resident = accessible(residentId);
    resident.getStatusHistory().size();
    resident.getFocalPointHistory().forEach(a -> a.getWorker().getDisplayName());
    return resident;
  }

  /** How far the person is from being ready to move, safeguard by safeguard. */
  public Readiness readiness(long residentId) {
    return readinessOf(accessible(residentId));
  }

  /** Figures only, for everyone who may see the institution, the ministry included. */
  @Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FOCAL_POINT, Role.FINANCE})
  public ResidentFigures figures(@InScope long institutionId) {
    return repository.figures(institutionId);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Resident admit(@InScope long institutionId, Resident draft, Long unitId) {
    Institution institution = institutions.find(institutionId).orElseThrow(() -> new RecordNotFoundException("Institution", institutionId));
    draft.setUnit(unit(institutionId, unitId));
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors(institution));
    requireUniqueIdentifier(draft.getIdentifier(), null);
    draft.admitTo(institution, draft.getUnit(), caller.name(), clock.instant());
    return repository.add(draft);
  }

  public Resident update(long residentId, Resident edited, Long unitId) {
    Resident resident = accessible(residentId);
    StaleRecordException.requireVersion(resident.getVersion(), edited.getVersion());
    edited.setUnit(unit(resident.getInstitution().getId(), unitId));
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors(resident.getInstitution()));
    requireUniqueIdentifier(edited.getIdentifier(), residentId);
    resident.updateFrom(edited);
    return resident;
  }

  /**
   * Moves the case on. Ready to move and moved are refused, naming each missing safeguard, until the
   * support plan is agreed, the focal point chosen or agreed to, a placement secured with a move-in
   * date and every planned service confirmed; settled, until a follow-up visit found the person settled.
   */
  public Resident changeStatus(long residentId, long version, ResidentStatus next, LocalDate effectiveOn, String reason) {
    Resident resident = accessible(residentId);
    StaleRecordException.requireVersion(resident.getVersion(), version);
    resident.changeStatus(next, effectiveOn, reason, readinessOf(resident), followUps.foundSettled(resident), caller.name(), clock.instant(),
        LocalDate.now(clock));
    if (next == ResidentStatus.MOVED) {
      long institutionId = resident.getInstitution().getId();
      ResidentFigures figures = repository.figures(institutionId);
      moves.fire(new ResidentsMoved(institutionId, figures.moved(), figures.toMove(), effectiveOn));
    }
    return resident;
  }

  /** Makes {@code workerId} the person's focal point, recording whether the person chose or agreed to them. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Resident assignFocalPoint(long residentId, long version, Long workerId, Consent consent, LocalDate fromOn, String reason) {
    Resident resident = accessible(residentId);
    StaleRecordException.requireVersion(resident.getVersion(), version);
    UserAccount worker = workerId == null ? null : repository.user(workerId)
        .filter(u -> u.isEnabled() && u.hasRole(Role.FOCAL_POINT) && u.getInstitutionIds().contains(resident.getInstitution().getId()))
        .orElse(null);
    if (worker == null) {
      throw new InvalidInputException("workerId", "{resident.focalPoint.notAWorker}");
    }
    resident.assignFocalPoint(worker, consent, fromOn, reason, caller.name(), clock.instant());
    return resident;
  }

  /**
   * Records that a person who was given their worker without being asked (a bulk reassignment)
   * chose or agreed to them. (A person who does not agree is given another worker.)
   */
  public Resident recordConsent(long residentId, long version, Consent consent) {
    Resident resident = accessible(residentId);
    StaleRecordException.requireVersion(resident.getVersion(), version);
    resident.recordConsent(consent, LocalDate.now(clock), caller.name(), clock.instant());
    return resident;
  }

  /** The focal point workers who may accompany the institution's residents. */
  @Permit({Role.ADMIN, Role.COMMITTEE})
  public List<UserAccount> focalPoints(@InScope long institutionId) {
    return repository.focalPointsFor(institutionId);
  }

  /**
   * The safeguards as the records stand: a support plan agreed with the person, a focal point chosen
   * or agreed to, a placement secured with a move-in date, the latest pre-move discussion confirming
   * every service.
   */
  private Readiness readinessOf(Resident resident) {
    boolean placed = placements.placement(resident.getId()).map(Placement::secured).orElse(false);
    boolean confirmed = placements.discussions(resident.getId()).stream().findFirst().map(PreMoveDiscussion::allConfirmed).orElse(false);
    return new Readiness(supportPlans.agreed(resident.getId()), resident.focalPointConsented(), placed, confirmed);
  }

  private Resident accessible(long residentId) {
    return access.require(residentId);
  }

  private Unit unit(long institutionId, Long unitId) {
    if (unitId == null) {
      return null;
    }
    return institutions.findUnit(institutionId, unitId).orElseThrow(() -> new InvalidInputException("unitId", "{resident.unit.unknown}"));
  }

  private void requireUniqueIdentifier(String identifier, Long exceptId) {
    if (identifier != null && repository.identifierTaken(identifier, exceptId)) {
      throw new DuplicateRecordException("identifier", "{resident.identifier.taken}");
    }
  }
}

package org.homeward.placement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.assessment.control.AssessmentRepository;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.placement.control.PlacementRepository;
import org.homeward.placement.entity.LivingOption;
import org.homeward.placement.entity.Placement;
import org.homeward.placement.entity.PreMoveDiscussion;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Where a person will live. Whoever may see the person's record (their focal point, the committee,
 * administrators) keeps it; the ministry sees none of it.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class Placements {

  @Inject PlacementRepository repository;
  @Inject ResidentAccess access;
  @Inject Validator validator;
  @Inject AssessmentRepository assessments;

  @Inject
  @ConfigProperty(name = "homeward.placement.max-unrelated", defaultValue = "4")
  int maxUnrelated;

  public int maxUnrelated() {
    return maxUnrelated;
  }

  @RecordsRead(AuditAction.SEARCH)
  public List<LivingOption> options(long residentId) {
    access.require(residentId);
    return repository.options(residentId);
  }

  public LivingOption addOption(long residentId, LivingOption draft) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft));
    draft.attachTo(resident);
    return repository.add(draft);
  }

  public LivingOption updateOption(long residentId, long optionId, LivingOption edited) {
    LivingOption option = option(residentId, optionId);
    StaleRecordException.requireVersion(option.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited));
    option.updateFrom(edited);
    return option;
  }

  /** Records the option the person chose; any earlier choice is withdrawn. */
  public LivingOption choose(long residentId, long optionId) {
    LivingOption chosen = option(residentId, optionId);
    repository.options(residentId).forEach(o -> o.choose(o == chosen));
    return chosen;
  }

  public void removeOption(long residentId, long optionId) {
    repository.remove(option(residentId, optionId));
  }

  @RecordsRead
  public Optional<Placement> placement(long residentId) {
    access.require(residentId);
    return repository.placement(residentId);
  }

  /** Records the placement secured, or changes it (send the version read). */
  public Placement savePlacement(long residentId, Placement edited) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors(maxUnrelated, resident.getAdmittedOn(),
        assessments.firstAssessedOn(residentId).orElse(null)));
    Optional<Placement> stored = repository.placement(residentId);
    if (stored.isPresent()) {
      StaleRecordException.requireVersion(stored.get().getVersion(), edited.getVersion());
      stored.get().updateFrom(edited);
      return stored.get();
    }
    edited.attachTo(resident);
    return repository.add(edited);
  }

  @RecordsRead(AuditAction.SEARCH)
  public List<PreMoveDiscussion> discussions(long residentId) {
    access.require(residentId);
    return repository.discussions(residentId);
  }

  public PreMoveDiscussion addDiscussion(long residentId, PreMoveDiscussion draft) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft));
    draft.attachTo(resident);
    return repository.add(draft);
  }

  public PreMoveDiscussion updateDiscussion(long residentId, long discussionId, PreMoveDiscussion edited) {
    access.require(residentId);
    PreMoveDiscussion discussion = repository.discussions(residentId).stream().filter(d -> d.getId() == discussionId).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("PreMoveDiscussion", discussionId));
    StaleRecordException.requireVersion(discussion.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited));
    discussion.updateFrom(edited);
    return discussion;
  }

  private LivingOption option(long residentId, long optionId) {
    access.require(residentId);
    return repository.options(residentId).stream().filter(o -> o.getId() == optionId).findFirst()
        .orElseThrow(() -> new RecordNotFoundException("LivingOption", optionId));
  }
}

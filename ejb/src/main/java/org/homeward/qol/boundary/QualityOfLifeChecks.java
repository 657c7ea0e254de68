package org.homeward.qol.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.InvalidInputException;
import org.homeward.qol.control.NextCheck;
import org.homeward.qol.control.QualityOfLifeRepository;
import org.homeward.qol.control.QualityOfLifeSchedule;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/** Quality-of-life checks with the person, kept by whoever may see the person's record. */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class QualityOfLifeChecks {

  @Inject QualityOfLifeRepository repository;
  @Inject QualityOfLifeSchedule schedule;
  @Inject ResidentAccess access;
  @Inject Validator validator;

  /** Latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<QualityOfLifeCheck> checks(long residentId) {
    access.require(residentId);
    return repository.checks(residentId);
  }

  /** Records a check; it must be asked at its time relative to the person's move. */
  public QualityOfLifeCheck record(long residentId, QualityOfLifeCheck draft) {
    Resident resident = access.require(residentId);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors(resident.movedOn().orElse(null)));
    draft.attachTo(resident);
    return repository.add(draft);
  }

  /** The check to ask next and when it falls due; none once both checks after the move are done. */
  public Optional<NextCheck> nextCheckDue(long residentId) {
    return schedule.nextCheckDue(access.require(residentId));
  }
}

package org.homeward.institution.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.Unit;
import org.homeward.problem.DuplicateRecordException;
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
 * The institution registry. Everyone signed in may look up the institutions in their scope
 * (ministry and administrators: all of them); administrators register institutions; administrators
 * and the institution's own committee edit it and its units.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FOCAL_POINT, Role.FINANCE})
public class Institutions {

  private static final String INSTITUTION = "Institution";
  private static final String UNIT = "Unit";

  @Inject InstitutionRepository repository;
  @Inject CurrentCaller caller;
  @Inject Validator validator;

  @RecordsRead(AuditAction.SEARCH)
  public Page<Institution> search(InstitutionFilter filter, PageRequest page) {
    return repository.search(filter == null ? InstitutionFilter.none() : filter, scope(), page);
  }

  /** How many institutions in the caller's scope match: a figure, not a read of records. */
  public long count(InstitutionFilter filter) {
    return repository.count(filter == null ? InstitutionFilter.none() : filter, scope());
  }

  public InstitutionOverview overview() {
    return repository.overview(scope());
  }

  public List<String> regions() {
    return repository.regions(scope());
  }

  @RecordsRead
  public Institution find(@InScope long id) {
    return load(id);
  }

  @Permit(Role.ADMIN)
  public Institution register(Institution draft) {
    InstitutionStatus wanted = draft.getStatus();
    draft.setStatus(InstitutionStatus.OPERATING);
    draft.changeStatus(wanted);
    InvalidInputException.throwIfAny(validator.validate(draft));
    if (repository.codeTaken(draft.getCode(), null)) {
      throw new DuplicateRecordException("code", "{institution.code.taken}");
    }
    return repository.add(draft);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Institution update(@InScope long id, Institution edited) {
    Institution institution = load(id);
    StaleRecordException.requireVersion(institution.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited));
    if (repository.codeTaken(edited.getCode(), id)) {
      throw new DuplicateRecordException("code", "{institution.code.taken}");
    }
    institution.updateFrom(edited);
    return institution;
  }

  @RecordsRead(AuditAction.SEARCH)
  public List<Unit> units(@InScope long id) {
    return List.copyOf(load(id).getUnits());
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Unit addUnit(@InScope long id, Unit draft) {
    Institution institution = load(id);
    InvalidInputException.throwIfAny(validator.validate(draft));
    requireUniqueUnitName(institution, draft.getName(), null);
    return institution.addUnit(draft);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public Unit updateUnit(@InScope long id, long unitId, Unit edited) {
    Unit unit = loadUnit(id, unitId);
    StaleRecordException.requireVersion(unit.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited));
    requireUniqueUnitName(unit.getInstitution(), edited.getName(), unitId);
    unit.updateFrom(edited);
    return unit;
  }

  @Permit({Role.ADMIN, Role.COMMITTEE})
  public void removeUnit(@InScope long id, long unitId) {
    Unit unit = loadUnit(id, unitId);
    unit.getInstitution().removeUnit(unit);
  }

  /** The institutions the caller may see: null for all of them. */
  private Set<Long> scope() {
    UserAccount account = caller.require();
    return account.national() ? null : account.getInstitutionIds();
  }

  private Institution load(long id) {
    return repository.find(id).orElseThrow(() -> new RecordNotFoundException(INSTITUTION, id));
  }

  private Unit loadUnit(long institutionId, long unitId) {
    return repository.findUnit(institutionId, unitId).orElseThrow(() -> new RecordNotFoundException(UNIT, unitId));
  }

  private void requireUniqueUnitName(Institution institution, String name, Long exceptId) {
    if (repository.unitNameTaken(institution, name, exceptId)) {
      throw new DuplicateRecordException("name", "{unit.name.taken}");
    }
  }
}

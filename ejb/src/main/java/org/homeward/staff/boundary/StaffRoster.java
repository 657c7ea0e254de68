package org.homeward.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.StaleRecordException;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.staff.control.PositionRepository;
import org.homeward.staff.control.RosterCsv;
import org.homeward.staff.control.StaffAccess;
import org.homeward.staff.control.StaffFilter;
import org.homeward.staff.control.StaffRepository;
import org.homeward.staff.control.StatusHistory;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.StaffTraining;
import org.homeward.staff.entity.Willingness;

/**
 * An institution's staff roster. Administrators and the institution's committee keep it; the
 * ministry and finance receive its figures only, never a name.
 *
 * <p>Two people may share a name, so a name is no key: an import run twice adds everyone twice, and
 * is for a roster not yet entered.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE})
public class StaffRoster {

  @Inject StaffRepository repository;
  @Inject StaffAccess access;
  @Inject InstitutionRepository institutions;
  @Inject Validator validator;
  @Inject StatusHistory history;
  @Inject PositionRepository positions;

  @RecordsRead(AuditAction.SEARCH)
  public List<StaffMember> members(@InScope long institutionId, StaffFilter filter) {
    return repository.members(institutionId, filter == null ? StaffFilter.ALL : filter);
  }

  @RecordsRead(AuditAction.READ)
  public StaffMember member(long staffId) {
    return access.require(staffId);
  }

  public StaffMember add(@InScope long institutionId, StaffMember draft) {
    Institution institution = institution(institutionId);
    List<FieldError> errors = resolveQualifications(draft);
    if (draft.getStatus() != null && draft.getStatus() != RedeploymentStatus.NOT_STARTED) {
      errors.add(new FieldError("status", "{staff.member.status.derived}"));
    }
    InvalidInputException.throwIfAny(validator.validate(draft), errors);
    draft.attachTo(institution);
    repository.add(draft);
    history.started(draft);
    return draft;
  }

  /**
   * Changes the record. The status is derived from trainings and applications: an edit may record
   * the person as retired or left, or back from that, and otherwise leaves it out or sends it unchanged.
   */
  public StaffMember update(long staffId, StaffMember edited) {
    StaffMember member = access.require(staffId);
    StaleRecordException.requireVersion(member.getVersion(), edited.getVersion());
    List<FieldError> errors = resolveQualifications(edited);
    RedeploymentStatus status = edited.getStatus();
    if (status != null && !status.gone() && !member.hasGone() && status != member.getStatus()) {
      errors.add(new FieldError("status", "{staff.member.status.derived}"));
    }
    InvalidInputException.throwIfAny(validator.validate(edited), errors);
    member.updateFrom(edited);
    if (status != null) {
      history.recordExit(member, status);
    }
    return member;
  }

  /**
   * Adds every row of a CSV roster that is right in every field and reports every other row with all
   * its reasons. A row is checked whole before anything of it is stored, so no row lands in part.
   */
  public ImportReport importRoster(@InScope long institutionId, String csv) {
    Institution institution = institution(institutionId);
    List<RosterCsv.Row> rows = RosterCsv.read(csv, repository.qualifications());
    List<List<FieldError>> errorsByRow = new ArrayList<>();
    for (RosterCsv.Row row : rows) {
      List<FieldError> errors = new ArrayList<>(row.errors());
      validator.validate(row.draft()).stream()
          .map(v -> new FieldError(RosterCsv.columnOf(v.getPropertyPath().toString()), v.getMessage()))
          .filter(v -> errors.stream().noneMatch(e -> e.field().equals(v.field())))
          .forEach(errors::add);
      if (errors.isEmpty()) {
        row.draft().attachTo(institution);
        repository.add(row.draft());
        history.started(row.draft());
      }
      errorsByRow.add(errors);
    }
    repository.flush();
    List<ImportReport.RowResult> results = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      StaffMember draft = rows.get(i).draft();
      List<FieldError> errors = errorsByRow.get(i);
      results.add(new ImportReport.RowResult(rows.get(i).line(), draft.getName(), errors.isEmpty() ? draft.getId() : null, errors));
    }
    return new ImportReport(results);
  }

  /** Who still needs which course: each course needed or planned, by course and name. */
  @RecordsRead(AuditAction.SEARCH)
  public List<StaffTraining> trainingsStillNeeded(@InScope long institutionId) {
    institution(institutionId);
    return repository.trainingsStillNeeded(institutionId);
  }

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.MINISTRY, Role.FINANCE})
  public StaffFigures figures(@InScope long institutionId) {
    institution(institutionId);
    Map<StaffRole, Long> byRole = repository.countBy(institutionId, "role", StaffRole.class);
    var courses = repository.courses();
    var coverage = repository.trainingCoverage(institutionId);
    return new StaffFigures(byRole.values().stream().mapToLong(Long::longValue).sum(), byRole,
        repository.countBy(institutionId, "willingness", Willingness.class),
        repository.countBy(institutionId, "status", RedeploymentStatus.class),
        courses.stream().map(c -> new StaffFigures.CourseCoverage(c, coverage.get(c.getCode())[0], coverage.get(c.getCode())[1])).toList(),
        positions.acceptedByKind(institutionId));
  }

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.MINISTRY, Role.FINANCE, Role.FOCAL_POINT})
  public List<Qualification> qualifications() {
    return List.copyOf(repository.qualifications().values());
  }

  /** Swaps the codes a draft names for the stored qualifications; an unknown code is a field error. */
  private List<FieldError> resolveQualifications(StaffMember draft) {
    List<FieldError> errors = new ArrayList<>();
    draft.setQualifications(repository.storedQualifications(draft.getQualifications(), "qualifications", errors));
    return errors;
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}

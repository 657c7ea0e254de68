package org.homeward.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.homeward.staff.control.RosterCsv;
import org.homeward.staff.control.StaffAccess;
import org.homeward.staff.control.StaffFilter;
import org.homeward.staff.control.StaffRepository;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffMember;
import org.homeward.staff.entity.StaffRole;
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
    InvalidInputException.throwIfAny(validator.validate(draft), resolveQualifications(draft));
    draft.attachTo(institution);
    return repository.add(draft);
  }

  public StaffMember update(long staffId, StaffMember edited) {
    StaffMember member = access.require(staffId);
    StaleRecordException.requireVersion(member.getVersion(), edited.getVersion());
    InvalidInputException.throwIfAny(validator.validate(edited), resolveQualifications(edited));
    member.updateFrom(edited);
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

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.MINISTRY, Role.FINANCE})
  public StaffFigures figures(@InScope long institutionId) {
    institution(institutionId);
    Map<StaffRole, Long> byRole = repository.countBy(institutionId, "role", StaffRole.class);
    var courses = repository.courses();
    var coverage = repository.trainingCoverage(institutionId);
    return new StaffFigures(byRole.values().stream().mapToLong(Long::longValue).sum(), byRole,
        repository.countBy(institutionId, "willingness", Willingness.class),
        repository.countBy(institutionId, "status", RedeploymentStatus.class),
        courses.stream().map(c -> new StaffFigures.CourseCoverage(c, coverage.get(c.getCode())[0], coverage.get(c.getCode())[1])).toList());
  }

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.MINISTRY, Role.FINANCE, Role.FOCAL_POINT})
  public List<Qualification> qualifications() {
    return List.copyOf(repository.qualifications().values());
  }

  /** Swaps the codes a draft names for the stored qualifications; an unknown code is a field error. */
  private List<FieldError> resolveQualifications(StaffMember draft) {
    Map<String, Qualification> known = repository.qualifications();
    List<FieldError> errors = new ArrayList<>();
    List<Qualification> resolved = new ArrayList<>();
    for (Qualification named : draft.getQualifications()) {
      Qualification stored = named.getCode() == null ? null : known.get(named.getCode());
      if (stored == null) {
        errors.add(new FieldError("qualifications", "unknown qualification code: " + named.getCode()));
      } else {
        resolved.add(stored);
      }
    }
    draft.setQualifications(new LinkedHashSet<>(resolved));
    return errors;
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}

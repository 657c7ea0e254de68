package org.homeward.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.homeward.assessment.control.AssessmentRepository;
import org.homeward.assessment.entity.AssessmentComparison;
import org.homeward.assessment.entity.AssessmentFramework;
import org.homeward.assessment.entity.NeedsAssessment;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.problem.RuleViolationException;
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentAccess;
import org.homeward.resident.entity.Resident;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/** A person's needs assessments, kept by whoever may see the person's record. */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class NeedsAssessments {

  @Inject AssessmentRepository repository;
  @Inject ResidentAccess access;
  @Inject Validator validator;

  /** The frameworks and their domains: reference data, open to every role. */
  @Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FOCAL_POINT, Role.FINANCE})
  public List<AssessmentFramework> frameworks() {
    return repository.frameworks();
  }

  @Permit({Role.ADMIN, Role.MINISTRY, Role.COMMITTEE, Role.FOCAL_POINT, Role.FINANCE})
  public Optional<AssessmentFramework> framework(String code) {
    return repository.framework(code);
  }

  /** Latest first. */
  @RecordsRead(AuditAction.SEARCH)
  public List<NeedsAssessment> assessments(long residentId) {
    access.require(residentId);
    return repository.assessments(residentId);
  }

  @RecordsRead
  public NeedsAssessment assessment(long residentId, long assessmentId) {
    access.require(residentId);
    return find(residentId, assessmentId);
  }

  public NeedsAssessment record(long residentId, NeedsAssessment draft) {
    Resident resident = access.require(residentId);
    resolveFramework(draft);
    InvalidInputException.throwIfAny(validator.validate(draft), draft.crossFieldErrors(resident.getAdmittedOn()));
    draft.attachTo(resident);
    return repository.add(draft);
  }

  /** Changes the words and ratings (send the version read); domains left out are removed. */
  public NeedsAssessment update(long residentId, long assessmentId, NeedsAssessment edited) {
    Resident resident = access.require(residentId);
    NeedsAssessment stored = find(residentId, assessmentId);
    StaleRecordException.requireVersion(stored.getVersion(), edited.getVersion());
    resolveFramework(edited);
    if (!edited.getFramework().getCode().equals(stored.getFramework().getCode())) {
      throw new InvalidInputException("framework", "{assessment.framework.fixed}");
    }
    InvalidInputException.throwIfAny(validator.validate(edited), edited.crossFieldErrors(resident.getAdmittedOn()));
    stored.updateFrom(edited);
    repository.markChanged(stored);
    return stored;
  }

  /** Two assessments of the person in the same framework, earlier first, and what changed between them. */
  @RecordsRead(AuditAction.SEARCH)
  public AssessmentComparison compare(long residentId, long oneId, long otherId) {
    access.require(residentId);
    NeedsAssessment one = find(residentId, oneId);
    NeedsAssessment other = find(residentId, otherId);
    if (!one.getFramework().getCode().equals(other.getFramework().getCode())) {
      throw new RuleViolationException("assessment.compare.frameworks");
    }
    return AssessmentComparison.of(one, other);
  }

  private void resolveFramework(NeedsAssessment assessment) {
    if (assessment.getFramework() == null) {
      throw new InvalidInputException("framework", "{assessment.framework.unknown}");
    }
    assessment.useFramework(repository.framework(assessment.getFramework().getCode())
        .orElseThrow(() -> new InvalidInputException("framework", "{assessment.framework.unknown}")));
  }

  private NeedsAssessment find(long residentId, long assessmentId) {
    return repository.assessment(residentId, assessmentId)
        .orElseThrow(() -> new RecordNotFoundException("NeedsAssessment", assessmentId));
  }
}

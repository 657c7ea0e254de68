package org.homeward.rights.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.audit.control.Audited;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.rights.control.RightsRepository;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsStandard;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * WHO QualityRights assessments of an institution, compared over time. They judge the institution,
 * not a person, so the ministry reads them too; the committee and focal points record them.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class QualityRights {

  @Inject RightsRepository repository;
  @Inject InstitutionRepository institutions;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT, Role.MINISTRY, Role.FINANCE})
  public Map<String, QualityRightsStandard> standards() {
    return repository.standards();
  }

  /** Oldest first. */
  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT, Role.MINISTRY})
  public List<QualityRightsAssessment> assessments(@InScope long institutionId) {
    institution(institutionId);
    return repository.assessments(institutionId);
  }

  /** Records an assessment; every score names a standard of the toolkit, and at least one standard is scored. */
  public QualityRightsAssessment record(@InScope long institutionId, QualityRightsAssessment draft) {
    Institution institution = institution(institutionId);
    Map<String, QualityRightsStandard> standards = repository.standards();
    List<FieldError> errors = new ArrayList<>();
    draft.getScores().values().removeIf(java.util.Objects::isNull);
    if (draft.getScores().isEmpty()) {
      errors.add(new FieldError("scores", "{rights.qualityRights.scores.required}"));
    }
    draft.getScores().keySet().stream().filter(code -> !standards.containsKey(code)).sorted()
        .forEach(code -> errors.add(new FieldError("scores", "unknown standard code: " + code)));
    InvalidInputException.throwIfAny(validator.validate(draft), errors);
    draft.recordAt(institution, caller.name(), clock.instant());
    return repository.add(draft);
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}

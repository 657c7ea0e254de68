package org.homeward.rights.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.audit.control.Audited;
import org.homeward.audit.control.RecordsRead;
import org.homeward.audit.entity.AuditAction;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.institution.entity.Institution;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.control.PublishedCounts;
import org.homeward.rights.control.RightsAccess;
import org.homeward.rights.control.RightsRepository;
import org.homeward.rights.entity.Death;
import org.homeward.rights.entity.Incident;
import org.homeward.rights.entity.IncidentKind;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Abuse, neglect and violence reported in an institution, and deaths there (WHO guidance, Box 4),
 * each linked to the person where known. The committee and the focal points of the institution
 * record them; the ministry receives the counts only, small ones withheld.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class Incidents {

  /** How far back lists and figures reach. */
  public static final int MONTHS = 12;

  @Inject RightsRepository repository;
  @Inject RightsAccess access;
  @Inject InstitutionRepository institutions;
  @Inject ResidentRepository residents;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "homeward.monitoring.small-count", defaultValue = "4")
  int smallCell;

  /** Reports of the last 12 months, latest first; a report naming a person only for those who may see the person's record. */
  @RecordsRead(AuditAction.SEARCH)
  public List<Incident> reports(@InScope long institutionId) {
    institution(institutionId);
    return repository.incidents(institutionId, LocalDate.now(clock).minusMonths(MONTHS)).stream()
        .filter(i -> access.maySee(i.getResident())).toList();
  }

  public Incident report(@InScope long institutionId, Incident draft, Long residentId) {
    Institution institution = institution(institutionId);
    List<FieldError> errors = new ArrayList<>(draft.crossFieldErrors(LocalDate.now(clock)));
    draft.setResident(person(institutionId, residentId, errors));
    InvalidInputException.throwIfAny(validator.validate(draft), errors);
    draft.recordAt(institution, caller.name(), clock.instant());
    return repository.add(draft);
  }

  /** Deaths of the last 12 months, latest first; a death naming a person only for those who may see the person's record. */
  @RecordsRead(AuditAction.SEARCH)
  public List<Death> deaths(@InScope long institutionId) {
    institution(institutionId);
    return repository.deaths(institutionId, LocalDate.now(clock).minusMonths(MONTHS)).stream()
        .filter(d -> access.maySee(d.getResident())).toList();
  }

  public Death recordDeath(@InScope long institutionId, Death draft, Long residentId) {
    Institution institution = institution(institutionId);
    List<FieldError> errors = new ArrayList<>(draft.crossFieldErrors(LocalDate.now(clock)));
    draft.setResident(person(institutionId, residentId, errors));
    InvalidInputException.throwIfAny(validator.validate(draft), errors);
    draft.recordAt(institution, caller.name(), clock.instant());
    return repository.add(draft);
  }

  /** Counts of the last 12 months without names; whoever may not read the records (the ministry) receives small counts withheld. */
  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT, Role.MINISTRY})
  public IncidentFigures figures(@InScope long institutionId) {
    institution(institutionId);
    LocalDate since = LocalDate.now(clock).minusMonths(MONTHS);
    List<Incident> reports = repository.incidents(institutionId, since);
    Map<IncidentKind, Long> byKind = new EnumMap<>(IncidentKind.class);
    for (IncidentKind kind : IncidentKind.values()) {
      byKind.put(kind, reports.stream().filter(i -> i.getKind() == kind).count());
    }
    List<Death> deaths = repository.deaths(institutionId, since);
    long reviewed = deaths.stream().filter(Death::isIndependentlyReviewed).count();
    var account = caller.require();
    if (account.hasRole(Role.ADMIN) || account.hasRole(Role.COMMITTEE) || account.hasRole(Role.FOCAL_POINT)) {
      return new IncidentFigures(false, smallCell, byKind, (long) deaths.size(), reviewed);
    }
    SmallCellSuppression rule = new SmallCellSuppression(smallCell);
    Map<String, Long> deathCounts = new LinkedHashMap<>();
    deathCounts.put("reviewed", reviewed);
    deathCounts.put("notReviewed", deaths.size() - reviewed);
    PublishedCounts.Breakdown<String> published = PublishedCounts.breakdown(deathCounts, rule);
    return new IncidentFigures(true, smallCell, new EnumMap<>(PublishedCounts.breakdown(byKind, rule).counts()), published.total(),
        published.counts().get("reviewed"));
  }

  private Resident person(long institutionId, Long residentId, List<FieldError> errors) {
    if (residentId == null) {
      return null;
    }
    Resident person = residents.find(residentId).filter(r -> r.getInstitution().getId().equals(institutionId))
        .filter(access::maySee).orElse(null);
    if (person == null) {
      errors.add(new FieldError("residentId", "{rights.person.unknown}"));
    }
    return person;
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}

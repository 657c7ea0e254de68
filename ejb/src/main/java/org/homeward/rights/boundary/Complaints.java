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
import org.homeward.problem.StaleRecordException;
import org.homeward.resident.control.ResidentRepository;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.control.PublishedCounts;
import org.homeward.rights.control.RightsAccess;
import org.homeward.rights.control.RightsRepository;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.ComplaintStatus;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Complaints of the people living in an institution, and how they are handled (WHO guidance, Box 4).
 * The committee and the focal points of the institution record them and move them on; the ministry
 * receives their figures only, small counts withheld.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class Complaints {

  /** How far back the list reaches for complaints already answered; those awaiting an answer are always on it. */
  public static final int LIST_MONTHS = 12;

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

  /** Received in the last 12 months or still awaiting an answer, latest first; those the caller may see. */
  @RecordsRead(AuditAction.SEARCH)
  public List<Complaint> complaints(@InScope long institutionId) {
    institution(institutionId);
    return repository.complaints(institutionId, LocalDate.now(clock).minusMonths(LIST_MONTHS)).stream().filter(access::maySee).toList();
  }

  /** Those whose answer is late, the longest waiting first: the committee's list of what it owes. */
  @RecordsRead(AuditAction.SEARCH)
  public List<Complaint> overdue(@InScope long institutionId) {
    institution(institutionId);
    LocalDate today = LocalDate.now(clock);
    return repository.complaints(institutionId, today).stream().filter(c -> c.overdue(today)).filter(access::maySee)
        .sorted(java.util.Comparator.comparing(Complaint::getDueOn)).toList();
  }

  @RecordsRead(AuditAction.READ)
  public Complaint complaint(long complaintId) {
    return access.complaint(complaintId);
  }

  public Complaint receive(@InScope long institutionId, Complaint draft, Long residentId) {
    Institution institution = institution(institutionId);
    List<FieldError> errors = new ArrayList<>();
    draft.setResident(null);
    if (residentId != null) {
      Resident person = residents.find(residentId).filter(r -> r.getInstitution().getId().equals(institutionId))
          .filter(access::maySee).orElse(null);
      if (person == null) {
        errors.add(new FieldError("residentId", "{rights.complaint.resident.unknown}"));
      }
      draft.setResident(person);
    }
    errors.addAll(draft.crossFieldErrors(LocalDate.now(clock)));
    InvalidInputException.throwIfAny(validator.validate(draft), errors);
    draft.receiveAt(institution, caller.name(), clock.instant());
    return repository.add(draft);
  }

  /** Moves a complaint on: under review, answered (with the answer), closed, or escalated (naming the body). */
  public Complaint moveOn(long complaintId, long version, ComplaintStatus next, LocalDate on, String text) {
    Complaint complaint = access.complaint(complaintId);
    StaleRecordException.requireVersion(complaint.getVersion(), version);
    complaint.moveTo(next, on, text, LocalDate.now(clock));
    repository.flush();
    return complaint;
  }

  /** Counts without names; whoever may not read the complaints (the ministry) receives small counts withheld. */
  @Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT, Role.MINISTRY})
  public ComplaintFigures figures(@InScope long institutionId) {
    institution(institutionId);
    LocalDate today = LocalDate.now(clock);
    List<Complaint> all = repository.complaints(institutionId, today.minusMonths(LIST_MONTHS));
    Map<ComplaintStatus, Long> byStatus = new EnumMap<>(ComplaintStatus.class);
    for (ComplaintStatus s : ComplaintStatus.values()) {
      byStatus.put(s, all.stream().filter(c -> c.getStatus() == s).count());
    }
    Map<ComplaintAge, Long> byAge = new EnumMap<>(ComplaintAge.class);
    for (ComplaintAge a : ComplaintAge.values()) {
      byAge.put(a, all.stream().filter(c -> c.getStatus().awaitingAnswer() && ComplaintAge.of(c.ageInDays(today)) == a).count());
    }
    long overdue = all.stream().filter(c -> c.overdue(today)).count();
    long onTime = all.stream().filter(c -> c.getAnsweredOn() != null && !c.answeredLate()).count();
    long late = all.stream().filter(Complaint::answeredLate).count();
    var account = caller.require();
    boolean suppress = !(account.hasRole(Role.ADMIN) || account.hasRole(Role.COMMITTEE) || account.hasRole(Role.FOCAL_POINT));
    if (!suppress) {
      return new ComplaintFigures(false, smallCell, byStatus, byAge, overdue, onTime, late);
    }
    SmallCellSuppression rule = new SmallCellSuppression(smallCell);
    Map<String, Long> answers = new LinkedHashMap<>();
    answers.put("onTime", onTime);
    answers.put("late", late);
    answers = PublishedCounts.breakdown(answers, rule).counts();
    return new ComplaintFigures(true, smallCell, new EnumMap<>(PublishedCounts.breakdown(byStatus, rule).counts()),
        new EnumMap<>(PublishedCounts.breakdown(byAge, rule).counts()), PublishedCounts.single(overdue, rule),
        answers.get("onTime"), answers.get("late"));
  }

  private Institution institution(long id) {
    return institutions.find(id).orElseThrow(() -> new RecordNotFoundException("Institution", id));
  }
}

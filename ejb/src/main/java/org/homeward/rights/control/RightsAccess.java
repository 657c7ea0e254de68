package org.homeward.rights.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.resident.entity.Resident;
import org.homeward.rights.entity.CoercionCorrection;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.rights.entity.Complaint;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * Who may see one event or complaint: whoever's role records them and whose scope holds its
 * institution; and, where it names a person, only those who may see that person's record (a focal
 * point the people they accompany, as {@code ResidentAccess} has it), since an event or complaint
 * about someone is part of their record.
 */
@Dependent
public class RightsAccess {

  @Inject RightsRepository repository;
  @Inject CurrentCaller caller;

  /** The event, if the caller may see it; otherwise a denial the access guard audits. */
  public CoerciveEvent event(long eventId) {
    CoerciveEvent event = repository.find(CoerciveEvent.class, eventId).orElseThrow(() -> new RecordNotFoundException("CoerciveEvent", eventId));
    requireScope(event.getInstitution(), "CoerciveEvent", eventId);
    if (!maySee(event)) {
      throw new AccessDeniedException("CoerciveEvent", eventId);
    }
    return event;
  }

  /** The complaint, if the caller may see it; otherwise a denial the access guard audits. */
  public Complaint complaint(long complaintId) {
    Complaint complaint = repository.find(Complaint.class, complaintId).orElseThrow(() -> new RecordNotFoundException("Complaint", complaintId));
    requireScope(complaint.getInstitution(), "Complaint", complaintId);
    if (!maySee(complaint)) {
      throw new AccessDeniedException("Complaint", complaintId);
    }
    return complaint;
  }

  /** Whether the caller may see everyone the event names, now or in the facts a correction replaced. */
  public boolean maySee(CoerciveEvent event) {
    if (seesEveryoneIn(event.getInstitution())) {
      return true;
    }
    return maySee(event.getFacts().getResident())
        && event.getCorrections().stream().map(CoercionCorrection::getPrevious).allMatch(facts -> maySee(facts.getResident()));
  }

  public boolean maySee(Complaint complaint) {
    return maySee(complaint.getResident());
  }

  /**
   * Whether the caller may see a rights record naming this person (none: anyone in scope):
   * administrators, the committee of the person's institution, the person's focal point.
   */
  public boolean maySee(Resident person) {
    if (person == null) {
      return true;
    }
    return seesEveryoneIn(person.getInstitution()) || (caller.require().hasRole(Role.FOCAL_POINT) && person.accompaniedBy(caller.require()));
  }

  private boolean seesEveryoneIn(Institution institution) {
    UserAccount account = caller.require();
    return account.hasRole(Role.ADMIN) || (account.hasRole(Role.COMMITTEE) && account.mayAccessInstitution(institution.getId()));
  }

  private void requireScope(Institution institution, String type, long id) {
    if (!caller.require().mayAccessInstitution(institution.getId())) {
      throw new AccessDeniedException(type, id);
    }
  }
}

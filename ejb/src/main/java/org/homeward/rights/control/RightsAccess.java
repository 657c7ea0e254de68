package org.homeward.rights.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.homeward.institution.entity.Institution;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.rights.entity.Complaint;
import org.homeward.security.control.CurrentCaller;

/** Who may see one event or complaint: whoever's role records them and whose scope holds its institution. */
@Dependent
public class RightsAccess {

  @Inject RightsRepository repository;
  @Inject CurrentCaller caller;

  /** The event, if the caller may see it; otherwise a denial the access guard audits. */
  public CoerciveEvent event(long eventId) {
    CoerciveEvent event = repository.find(CoerciveEvent.class, eventId).orElseThrow(() -> new RecordNotFoundException("CoerciveEvent", eventId));
    requireScope(event.getInstitution(), "CoerciveEvent", eventId);
    return event;
  }

  /** The complaint, if the caller may see it; otherwise a denial the access guard audits. */
  public Complaint complaint(long complaintId) {
    Complaint complaint = repository.find(Complaint.class, complaintId).orElseThrow(() -> new RecordNotFoundException("Complaint", complaintId));
    requireScope(complaint.getInstitution(), "Complaint", complaintId);
    return complaint;
  }

  private void requireScope(Institution institution, String type, long id) {
    if (!caller.require().mayAccessInstitution(institution.getId())) {
      throw new AccessDeniedException(type, id);
    }
  }
}

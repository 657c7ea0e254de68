package org.homeward.rights.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.homeward.problem.AccessDeniedException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.rights.entity.CoerciveEvent;
import org.homeward.security.control.CurrentCaller;

/** Who may see one coercive practice event: whoever's role records events and whose scope holds its institution. */
@Dependent
public class EventAccess {

  @Inject RightsRepository repository;
  @Inject CurrentCaller caller;

  /** The event, if the caller may see it; otherwise a denial the access guard audits. */
  public CoerciveEvent require(long eventId) {
    CoerciveEvent event = repository.event(eventId).orElseThrow(() -> new RecordNotFoundException("CoerciveEvent", eventId));
    if (!caller.require().mayAccessInstitution(event.getInstitution().getId())) {
      throw new AccessDeniedException("CoerciveEvent", eventId);
    }
    return event;
  }
}

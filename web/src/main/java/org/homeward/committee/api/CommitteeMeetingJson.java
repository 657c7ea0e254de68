package org.homeward.committee.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.homeward.committee.entity.CommitteeMeeting;

/** A committee meeting with its attendees, minutes and decisions. */
@JsonbPropertyOrder({"id", "version", "heldOn", "attendees", "minutes", "decisions"})
public record CommitteeMeetingJson(Long id, Long version, LocalDate heldOn, String attendees, String minutes, String decisions) {

  static CommitteeMeetingJson of(CommitteeMeeting m) {
    return new CommitteeMeetingJson(m.getId(), m.getVersion(), m.getHeldOn(), m.getAttendees(), m.getMinutes(), m.getDecisions());
  }

  CommitteeMeeting toMeeting() {
    CommitteeMeeting meeting = new CommitteeMeeting(heldOn, attendees, minutes, decisions);
    if (version != null) {
      meeting.setVersion(version);
    }
    return meeting;
  }
}

package org.homeward.staff.api;

import java.time.LocalDate;
import org.homeward.staff.entity.StaffDiscussion;

/** A discussion held with a staff member. */
public record DiscussionJson(Long id, Long version, LocalDate heldOn, String notes) {

  static DiscussionJson of(StaffDiscussion d) {
    return new DiscussionJson(d.getId(), d.getVersion(), d.getHeldOn(), d.getNotes());
  }

  StaffDiscussion toDiscussion() {
    return new StaffDiscussion(heldOn, notes);
  }
}

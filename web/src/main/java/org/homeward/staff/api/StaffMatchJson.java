package org.homeward.staff.api;

import org.homeward.staff.boundary.StaffMatch;

/** A staff member who fits a position, and why. */
public record StaffMatchJson(long staffId, String name, long institutionId, String role, String status, FitJson fit) {

  static StaffMatchJson of(StaffMatch m) {
    return new StaffMatchJson(m.member().getId(), m.member().getName(), m.member().getInstitution().getId(), m.member().getRole().name(),
        m.member().getStatus().name(), FitJson.of(m.fit()));
  }
}

package org.homeward.staff.boundary;

import java.io.Serializable;
import org.homeward.audit.entity.AuditedRecord;
import org.homeward.staff.control.PositionFit;
import org.homeward.staff.entity.StaffMember;

/** A staff member who fits a position, and why; read as the staff member's record. */
public record StaffMatch(StaffMember member, PositionFit fit) implements AuditedRecord, Serializable {

  @Override
  public Long getId() {
    return member.getId();
  }

  @Override
  public String auditType() {
    return "StaffMember";
  }
}

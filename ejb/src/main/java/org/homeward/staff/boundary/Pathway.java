package org.homeward.staff.boundary;

import java.io.Serializable;
import java.util.List;
import org.homeward.audit.entity.AuditedRecord;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffApplication;
import org.homeward.staff.entity.StaffStatusChange;

/**
 * Where one staff member stands on the way into community services: their status and how it came
 * about, their applications, and the open positions that fit them best. Read as the staff member's record.
 */
public record Pathway(Long staffId, RedeploymentStatus status, List<StaffStatusChange> history, List<StaffApplication> applications,
    List<PositionMatch> suggestions) implements AuditedRecord, Serializable {

  @Override
  public Long getId() {
    return staffId;
  }

  @Override
  public String auditType() {
    return "StaffMember";
  }
}

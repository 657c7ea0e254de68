package org.homeward.staff.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.ServiceKind;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.TrainingCourse;
import org.homeward.staff.entity.Willingness;

/** An institution's staff in numbers, without a name: what the ministry and finance may know of it, with
 * how many were accepted into community positions of each kind of service. */
public record StaffFigures(
    long total,
    Map<StaffRole, Long> byRole,
    Map<Willingness, Long> byWillingness,
    Map<RedeploymentStatus, Long> byStatus,
    List<CourseCoverage> training,
    Map<ServiceKind, Long> acceptedByKind) implements Serializable {

  /** For one course: how many still need it (needed or planned) and how many completed it. */
  public record CourseCoverage(TrainingCourse course, long stillNeeded, long completed) implements Serializable {}
}

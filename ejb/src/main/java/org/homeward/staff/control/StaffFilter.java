package org.homeward.staff.control;

import org.homeward.staff.entity.RedeploymentStatus;
import org.homeward.staff.entity.StaffRole;
import org.homeward.staff.entity.Willingness;

/** Which staff members of an institution to list; a null criterion matches everyone. */
public record StaffFilter(StaffRole role, Willingness willingness, RedeploymentStatus status) {

  public static final StaffFilter ALL = new StaffFilter(null, null, null);
}

package org.homeward.staff.entity;

/** How a staff member is employed; agency staff are not the institution's to redeploy, but they are counted. */
public enum ContractType {
  PERMANENT, FIXED_TERM, PART_TIME, AGENCY
}

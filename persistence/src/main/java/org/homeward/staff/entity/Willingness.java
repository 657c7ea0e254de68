package org.homeward.staff.entity;

/** Whether a staff member is willing to work in community services. */
public enum Willingness {
  WILLING, NOT_WILLING, UNDECIDED
}

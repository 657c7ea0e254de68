package org.homeward.rights.entity;

/** What a complaint is about; one complaint may be about several. */
public enum ComplaintCategory {
  COERCION,
  ABUSE_OR_NEGLECT,
  LIVING_CONDITIONS,
  PRIVACY,
  CARE,
  STAFF_CONDUCT,
  DISCRIMINATION,
  OTHER
}

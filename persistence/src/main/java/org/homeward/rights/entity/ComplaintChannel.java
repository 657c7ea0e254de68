package org.homeward.rights.entity;

/** How a complaint reached the institution. */
public enum ComplaintChannel {
  IN_PERSON,
  WRITTEN,
  PHONE,
  EMAIL,
  COMPLAINTS_BOX,
  ADVOCATE,
  OTHER
}

package org.homeward.rights.entity;

/** Who made a complaint: the resident, or someone on their behalf. */
public enum Complainant {
  RESIDENT,
  FAMILY,
  SUPPORTER,
  ADVOCATE,
  STAFF,
  OTHER
}

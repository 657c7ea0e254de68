package org.homeward.rights.entity;

/** The coercive practices Box 4 of the WHO guidance counts. A restraint also says which kind. */
public enum CoercionCategory {
  SECLUSION,
  RESTRAINT,
  FORCED_MEDICATION,
  FORCED_TREATMENT;

  /** Whether the practice lasts a while and so must have an end: seclusion and restraint. */
  public boolean lasting() {
    return this == SECLUSION || this == RESTRAINT;
  }
}

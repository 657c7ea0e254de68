package org.homeward.followup.entity;

/** What a visit after the move found. Everything but {@link #SETTLED} is an outcome monitoring counts. */
public enum Outcome {
  SETTLED,
  SERVICES_MISSING,
  READMITTED,
  HOUSELESS,
  INCARCERATED,
  DIED,
  INAPPROPRIATE_SETTING;

  public boolean adverse() {
    return this != SETTLED && this != SERVICES_MISSING;
  }
}

package org.homeward.security.entity;

/**
 * What a user does in Homeward. {@link #ADMIN} and {@link #MINISTRY} see every institution; the
 * others see the institutions in their scope. {@link #MINISTRY} never sees a person's record.
 */
public enum Role {
  ADMIN,
  MINISTRY,
  COMMITTEE,
  FOCAL_POINT,
  FINANCE;

  /** Whether this role sees every institution, whatever the user's scope lists. */
  public boolean national() {
    return this == ADMIN || this == MINISTRY;
  }
}

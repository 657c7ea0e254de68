package org.homeward.network.entity;

/** How (re)establishing contact goes. */
public enum ContactProgress {
  NOT_STARTED,
  FIRST_CONTACT_MADE,
  IN_REGULAR_CONTACT,
  PAUSED_AT_PERSONS_WISH;

  /** Whether this records contact being sought or kept, which a person who wants no contact has ruled out. */
  public boolean seeksContact() {
    return this == FIRST_CONTACT_MADE || this == IN_REGULAR_CONTACT;
  }
}

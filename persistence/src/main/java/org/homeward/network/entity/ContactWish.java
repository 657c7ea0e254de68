package org.homeward.network.entity;

/** What the person wants about contact with someone. {@link #NO_CONTACT} is to be respected, not worked around. */
public enum ContactWish {
  WANTS_CONTACT,
  WANTS_MORE_CONTACT,
  NOT_NOW,
  NO_CONTACT
}

package org.homeward.rights.entity;

/** Whether the person gave their own account of an event: it is theirs to give or to refuse. */
public enum AccountChoice {
  NOT_ASKED,
  GIVEN,
  DECLINED
}

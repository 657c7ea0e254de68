package org.homeward.committee.entity;

/**
 * The groups a management committee must include (WHO guidance, strategy 2.4.2). Every one of them
 * is required; a committee without the people who live in the institution is the gravest gap.
 */
public enum Constituency {
  STAFF_REPRESENTATIVE,
  RESIDENT,
  SUPPORTER,
  DISABILITY_ORGANISATION,
  COMMUNITY_SERVICE,
  LOCAL_COMMUNITY,
  EXTERNAL_EXPERT
}

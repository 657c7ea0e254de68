package org.homeward.plan.entity;

/**
 * What a plan action works on. {@link #INSTITUTIONAL_FACILITIES} is listed so that a plan can never
 * hold one: improving rights now is a matter of practice, not of refurbishing, rebuilding or building
 * institutional facilities (WHO guidance, strategy 2.4.2), and choosing it is refused with that reason.
 */
public enum ActionCategory {
  COMMUNITY_SERVICES,
  STAFF_TRAINING,
  COMMUNICATION,
  RIGHTS_IN_PRACTICE,
  HOUSING,
  PARTNERSHIPS,
  OTHER,
  INSTITUTIONAL_FACILITIES
}

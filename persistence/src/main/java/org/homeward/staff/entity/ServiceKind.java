package org.homeward.staff.entity;

/** The kind of community service a position is in. */
public enum ServiceKind {
  COMMUNITY_MENTAL_HEALTH_CENTRE, SUPPORTED_LIVING, PEER_SUPPORT, OUTREACH, CRISIS_SERVICE, GENERAL_HEALTH_CARE, OTHER
}

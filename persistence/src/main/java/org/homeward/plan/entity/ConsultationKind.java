package org.homeward.plan.entity;

/** The events of a closure's communication strategy (WHO guidance, strategy 2.4.1). */
public enum ConsultationKind {
  STAFF_MEETING,
  COMMUNITY_DISCUSSION,
  BRIEFING,
  PUBLIC_HEARING,
  OTHER
}

package org.homeward.plan.entity;

/** The milestones every closure passes, offered when a plan is created, and the committee's own. */
public enum MilestoneKind {
  ADMISSIONS_STOPPED,
  FIRST_RESIDENTS_MOVED,
  RESIDENTS_MOVED_25,
  RESIDENTS_MOVED_50,
  RESIDENTS_MOVED_75,
  UNIT_CLOSED,
  INSTITUTION_CLOSED,
  BUILDING_REPURPOSED,
  CUSTOM
}

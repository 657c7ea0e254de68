package org.homeward.supportplan.entity;

/**
 * A support plan revision is drafted with the person, agreed, and put under review when a new
 * draft is started from it; once the new draft is agreed, the reviewed one is superseded.
 */
public enum PlanStatus {
  DRAFT,
  AGREED,
  UNDER_REVIEW,
  SUPERSEDED
}

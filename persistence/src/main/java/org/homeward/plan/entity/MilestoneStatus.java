package org.homeward.plan.entity;

/** Where a milestone stands against its baseline; computed, never stored. */
public enum MilestoneStatus {
  ACHIEVED,
  ON_TRACK,
  AT_RISK,
  OVERDUE
}

package org.homeward.plan.entity;

public enum RepurposingStatus {
  PLANNED,
  IN_PROGRESS,
  COMPLETED
}

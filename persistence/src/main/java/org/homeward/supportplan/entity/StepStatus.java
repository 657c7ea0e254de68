package org.homeward.supportplan.entity;

public enum StepStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  DROPPED
}

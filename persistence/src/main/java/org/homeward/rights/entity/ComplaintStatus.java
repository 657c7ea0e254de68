package org.homeward.rights.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a complaint stands: received, under review, answered, then closed; or escalated to an independent body at any point before it closes. */
public enum ComplaintStatus {
  RECEIVED,
  UNDER_REVIEW,
  ANSWERED,
  CLOSED,
  ESCALATED;

  /** The statuses that can follow this one. */
  public Set<ComplaintStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(UNDER_REVIEW, ANSWERED, ESCALATED);
      case UNDER_REVIEW -> EnumSet.of(ANSWERED, ESCALATED);
      case ANSWERED -> EnumSet.of(CLOSED, ESCALATED);
      case CLOSED, ESCALATED -> EnumSet.noneOf(ComplaintStatus.class);
    };
  }

  /** Whether the complaint still waits for its answer. */
  public boolean awaitingAnswer() {
    return this == RECEIVED || this == UNDER_REVIEW;
  }
}

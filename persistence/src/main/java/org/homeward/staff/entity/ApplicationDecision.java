package org.homeward.staff.entity;

/** What an appraisal decides. Both acceptances take an opening; the second waits for the position's courses. */
public enum ApplicationDecision {
  ACCEPTED, ACCEPTED_AFTER_TRAINING, DECLINED;

  public boolean accepts() {
    return this != DECLINED;
  }
}

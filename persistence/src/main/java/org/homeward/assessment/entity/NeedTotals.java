package org.homeward.assessment.entity;

/** How many domains one point of view rated as met, unmet, no need or not known; not asked is not counted. */
public record NeedTotals(int met, int unmet, int noNeed, int notKnown) {

  /** All needs, met or not, as the CAN counts them. */
  public int needs() {
    return met + unmet;
  }
}

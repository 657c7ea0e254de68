package org.homeward.rights.boundary;

/** How long a complaint has waited for its answer, in bands of 30 days. */
public enum ComplaintAge {
  UP_TO_30_DAYS,
  UP_TO_60_DAYS,
  UP_TO_90_DAYS,
  OVER_90_DAYS;

  public static ComplaintAge of(long days) {
    return days <= 30 ? UP_TO_30_DAYS : days <= 60 ? UP_TO_60_DAYS : days <= 90 ? UP_TO_90_DAYS : OVER_90_DAYS;
  }
}

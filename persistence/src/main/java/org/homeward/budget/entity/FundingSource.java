package org.homeward.budget.entity;

/** Where a budget line's money comes from. EU or donor funds are given for deinstitutionalization (DI funds). */
public enum FundingSource {
  HEALTH_MINISTRY, SOCIAL_MINISTRY, REGIONAL, EU_OR_DONOR, REPURPOSED_PROPERTY, OTHER;

  /** Funds given for deinstitutionalization: never for the institution's buildings. */
  public boolean deinstitutionalization() {
    return this == EU_OR_DONOR;
  }
}

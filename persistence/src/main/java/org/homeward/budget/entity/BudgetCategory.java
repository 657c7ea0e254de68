package org.homeward.budget.entity;

/** What a budget line pays for (WHO guidance, strategy 2.4.1: the budget of a closure plan). */
public enum BudgetCategory {
  INSTITUTION_RUNNING, COMMUNITY_SERVICES, TRANSITION_ONE_OFF, STAFF_TRAINING, DAILY_LIVING, RIGHTS_IN_PRACTICE, INSTITUTION_CAPITAL;

  /** Money that keeps the institution going: what reallocations move money away from. */
  public boolean institutional() {
    return this == INSTITUTION_RUNNING || this == INSTITUTION_CAPITAL;
  }

  /** Money for life in the community and the move there: what counts in the community share. */
  public boolean community() {
    return !institutional();
  }
}

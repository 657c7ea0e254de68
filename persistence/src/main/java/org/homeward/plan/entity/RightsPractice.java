package org.homeward.plan.entity;

/** The practice a rights-improvement action changes inside the institution while it still runs. */
public enum RightsPractice {
  ENDING_RESTRAINT_AND_SECLUSION,
  OPEN_DOORS,
  PERSONAL_BELONGINGS,
  CHOICE_IN_DAILY_ROUTINE,
  OTHER_PRACTICE
}

package org.homeward.plan.entity;

/** What an institution's buildings and land become once nobody lives there (WHO guidance, strategy 2.4.4). */
public enum PlannedUse {
  GENERAL_HEALTH_CARE,
  CENTRE_OF_EXCELLENCE,
  COMMUNITY_SERVICES,
  SALE,
  RENT,
  OTHER
}

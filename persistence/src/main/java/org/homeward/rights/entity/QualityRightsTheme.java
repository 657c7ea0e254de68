package org.homeward.rights.entity;

/** The five themes of the WHO QualityRights Tool Kit, each a right of the CRPD. */
public enum QualityRightsTheme {
  /** Article 28. */
  STANDARD_OF_LIVING,
  /** Article 25. */
  HEALTH,
  /** Articles 12 and 14. */
  LEGAL_CAPACITY_AND_LIBERTY,
  /** Articles 15 and 16. */
  FREEDOM_FROM_ILL_TREATMENT,
  /** Article 19. */
  LIVING_IN_THE_COMMUNITY
}

package org.homeward.rights.entity;

/** The toolkit's scale for one standard. Not applicable counts towards nothing. */
public enum QualityRightsScore {
  ACHIEVED_IN_FULL(3),
  ACHIEVED_PARTIALLY(2),
  INITIATED(1),
  NOT_INITIATED(0),
  NOT_APPLICABLE(null);

  private final Integer points;

  QualityRightsScore(Integer points) {
    this.points = points;
  }

  /** Points towards a theme's share of what could be achieved (0 to 3); {@code null} when not applicable. */
  public Integer points() {
    return points;
  }
}

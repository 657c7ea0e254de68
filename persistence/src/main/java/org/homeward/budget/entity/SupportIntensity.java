package org.homeward.budget.entity;

/**
 * How much support a person needs in the community, the key of the model's monthly community cost.
 * A resident with complex support needs counts as {@link #HIGH}; anyone else, and a planned
 * monthly count of moves, as {@link #MODERATE}.
 */
public enum SupportIntensity {
  LOW, MODERATE, HIGH
}

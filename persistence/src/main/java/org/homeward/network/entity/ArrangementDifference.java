package org.homeward.network.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * How the homes of two people who want to live together differ. Once either has a secured home, the
 * secured homes decide; before that, their choices do.
 */
public enum ArrangementDifference {
  DIFFERENT_ADDRESSES,
  ONLY_ONE_SECURED,
  DIFFERENT_CHOICES,
  ONLY_ONE_CHOSE;

  /** Empty while nothing sets the two apart: the same secured home, the same chosen option, or nothing yet for either. */
  public static Optional<ArrangementDifference> between(HomeChoice one, HomeChoice other) {
    if (one.secured() && other.secured()) {
      return one.securedAddress().equals(other.securedAddress()) ? Optional.empty() : Optional.of(DIFFERENT_ADDRESSES);
    }
    if (one.secured() || other.secured()) {
      return Optional.of(ONLY_ONE_SECURED);
    }
    if (one.chosen() && other.chosen()) {
      return Objects.equals(one.chosenOption(), other.chosenOption()) ? Optional.empty() : Optional.of(DIFFERENT_CHOICES);
    }
    if (one.chosen() || other.chosen()) {
      return Optional.of(ONLY_ONE_CHOSE);
    }
    return Optional.empty();
  }
}

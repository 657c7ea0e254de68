package org.homeward.rights.entity;

/** The one type an event is counted under in rates: its category, with a restraint's kind. */
public enum CoercionKind {
  SECLUSION,
  PHYSICAL_RESTRAINT,
  MECHANICAL_RESTRAINT,
  CHEMICAL_RESTRAINT,
  FORCED_MEDICATION,
  FORCED_TREATMENT;

  /** The kind of a category and, for a restraint, its type; {@code null} while either is missing. */
  public static CoercionKind of(CoercionCategory category, RestraintType restraint) {
    if (category == null) {
      return null;
    }
    return switch (category) {
      case SECLUSION -> SECLUSION;
      case FORCED_MEDICATION -> FORCED_MEDICATION;
      case FORCED_TREATMENT -> FORCED_TREATMENT;
      case RESTRAINT -> restraint == null ? null : switch (restraint) {
        case PHYSICAL -> PHYSICAL_RESTRAINT;
        case MECHANICAL -> MECHANICAL_RESTRAINT;
        case CHEMICAL -> CHEMICAL_RESTRAINT;
      };
    };
  }

  public boolean seclusion() {
    return this == SECLUSION;
  }

  public boolean restraint() {
    return this == PHYSICAL_RESTRAINT || this == MECHANICAL_RESTRAINT || this == CHEMICAL_RESTRAINT;
  }
}

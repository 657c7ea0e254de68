package org.homeward.plan.entity;

import org.homeward.rights.entity.CoercionKind;

/**
 * What a rights-improvement action of a closure plan should move (WHO guidance, Box 4): coercion
 * events per 1,000 resident-days (all or of one kind), hours of seclusion or restraint, complaints
 * unanswered past their due date, deaths, or a QualityRights theme's share of what could be achieved.
 * Every one of them should fall, except the QualityRights share, which should rise.
 */
public enum RightsIndicator {
  COERCION_ALL(null),
  SECLUSION(CoercionKind.SECLUSION),
  PHYSICAL_RESTRAINT(CoercionKind.PHYSICAL_RESTRAINT),
  MECHANICAL_RESTRAINT(CoercionKind.MECHANICAL_RESTRAINT),
  CHEMICAL_RESTRAINT(CoercionKind.CHEMICAL_RESTRAINT),
  FORCED_MEDICATION(CoercionKind.FORCED_MEDICATION),
  FORCED_TREATMENT(CoercionKind.FORCED_TREATMENT),
  SECLUSION_HOURS(null),
  RESTRAINT_HOURS(null),
  COMPLAINTS_OVERDUE(null),
  DEATHS(null),
  QUALITY_RIGHTS_THEME(null);

  private final CoercionKind kind;

  RightsIndicator(CoercionKind kind) {
    this.kind = kind;
  }

  /** The kind of coercion counted, or {@code null} for all kinds and for the other indicators. */
  public CoercionKind kind() {
    return kind;
  }

  /** Coercion events or their hours: the indicators a unit of the institution can be named for. */
  public boolean coercion() {
    return ordinal() <= RESTRAINT_HOURS.ordinal();
  }

  /** Events counted (per 1,000 resident-days for the whole institution), not hours. */
  public boolean events() {
    return ordinal() <= FORCED_TREATMENT.ordinal();
  }

  /** Whether a rise is the right way: only for the QualityRights share. */
  public boolean shouldRise() {
    return this == QUALITY_RIGHTS_THEME;
  }
}

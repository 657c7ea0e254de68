package org.homeward.plan.entity;

/** The milestones every closure passes, offered when a plan is created, and the committee's own. */
public enum MilestoneKind {
  ADMISSIONS_STOPPED,
  FIRST_RESIDENTS_MOVED,
  RESIDENTS_MOVED_25,
  RESIDENTS_MOVED_50,
  RESIDENTS_MOVED_75,
  UNIT_CLOSED,
  INSTITUTION_CLOSED,
  BUILDING_REPURPOSED,
  CUSTOM;

  /**
   * Whether the residents' moves reach this milestone: {@code moved} of the {@code toMove} people the
   * closure moves (moved, settled or still in the institution) have left. Other kinds are never reached by moves.
   */
  public boolean reachedBy(long moved, long toMove) {
    return switch (this) {
      case FIRST_RESIDENTS_MOVED -> moved > 0;
      case RESIDENTS_MOVED_25 -> toMove > 0 && moved * 100 >= 25 * toMove;
      case RESIDENTS_MOVED_50 -> toMove > 0 && moved * 100 >= 50 * toMove;
      case RESIDENTS_MOVED_75 -> toMove > 0 && moved * 100 >= 75 * toMove;
      default -> false;
    };
  }
}

package org.homeward.qol.entity;

/**
 * When a check is asked: before the move, and at about one and two years after it. A check after the
 * move is accepted from three months before its anniversary, so that a visit planned around the date
 * still counts; it falls due on the anniversary.
 */
public enum Timepoint {
  BEFORE_MOVE(0, 0),
  ABOUT_ONE_YEAR(12, 9),
  ABOUT_TWO_YEARS(24, 21);

  private final int dueMonthsAfterMove;
  private final int earliestMonthsAfterMove;

  Timepoint(int dueMonthsAfterMove, int earliestMonthsAfterMove) {
    this.dueMonthsAfterMove = dueMonthsAfterMove;
    this.earliestMonthsAfterMove = earliestMonthsAfterMove;
  }

  public boolean afterMove() {
    return this != BEFORE_MOVE;
  }

  public int dueMonthsAfterMove() {
    return dueMonthsAfterMove;
  }

  public int earliestMonthsAfterMove() {
    return earliestMonthsAfterMove;
  }
}

package org.homeward.resident.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person's move stands. The way out runs in institution → preparing → ready to move →
 * moved → settled; a case may also end (died, moved elsewhere) or come back (readmitted).
 */
public enum ResidentStatus {
  IN_INSTITUTION,
  PREPARING,
  READY_TO_MOVE,
  MOVED,
  SETTLED,
  DIED,
  MOVED_ELSEWHERE,
  READMITTED;

  /** The statuses that can follow this one; anything else is a jump the rules refuse. */
  public Set<ResidentStatus> next() {
    return switch (this) {
      case IN_INSTITUTION -> EnumSet.of(PREPARING, DIED, MOVED_ELSEWHERE);
      case PREPARING -> EnumSet.of(READY_TO_MOVE, IN_INSTITUTION, DIED, MOVED_ELSEWHERE);
      case READY_TO_MOVE -> EnumSet.of(MOVED, PREPARING, DIED, MOVED_ELSEWHERE);
      case MOVED -> EnumSet.of(SETTLED, READMITTED, DIED);
      case SETTLED -> EnumSet.of(READMITTED, DIED);
      case READMITTED -> EnumSet.of(PREPARING, DIED, MOVED_ELSEWHERE);
      case DIED, MOVED_ELSEWHERE -> EnumSet.noneOf(ResidentStatus.class);
    };
  }

  /** Whether moving into this status must say why: endings, returns and steps back. */
  public boolean needsReason(ResidentStatus from) {
    return this == DIED || this == MOVED_ELSEWHERE || this == READMITTED
        || (from != null && ordinal() < from.ordinal() && from.ordinal() <= SETTLED.ordinal());
  }

  /** Whether the person still lives in the institution (counted among those remaining). */
  public boolean inInstitution() {
    return this == IN_INSTITUTION || this == PREPARING || this == READY_TO_MOVE || this == READMITTED;
  }

  /** Whether the case has ended and takes no more changes. */
  public boolean ended() {
    return this == DIED || this == MOVED_ELSEWHERE;
  }
}

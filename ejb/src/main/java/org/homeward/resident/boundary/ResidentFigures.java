package org.homeward.resident.boundary;

import java.io.Serializable;
import java.util.Map;
import org.homeward.resident.entity.ResidentStatus;

/**
 * How an institution's residents stand, in numbers only: what the ministry may see.
 *
 * @param byStatus people per status, every status present
 * @param complexByStatus people with complex support needs per status
 * @param admittedAfterStop people admitted after the institution stopped admitting
 */
public record ResidentFigures(Map<ResidentStatus, Long> byStatus, Map<ResidentStatus, Long> complexByStatus, long admittedAfterStop) implements Serializable {

  public long total() {
    return byStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  /** People who have left for the community (moved or settled). */
  public long moved() {
    return byStatus.get(ResidentStatus.MOVED) + byStatus.get(ResidentStatus.SETTLED);
  }

  /** The people the closure moves: those who have left for the community and those still inside. */
  public long toMove() {
    return moved() + remaining();
  }

  /** The share of them who have moved, in whole percent. */
  public int percentMoved() {
    return toMove() == 0 ? 0 : (int) (moved() * 100 / toMove());
  }

  public long remaining() {
    return byStatus.entrySet().stream().filter(e -> e.getKey().inInstitution()).mapToLong(Map.Entry::getValue).sum();
  }

  public long complexRemaining() {
    return complexByStatus.entrySet().stream().filter(e -> e.getKey().inInstitution()).mapToLong(Map.Entry::getValue).sum();
  }

  public long complexMoved() {
    return complexByStatus.get(ResidentStatus.MOVED) + complexByStatus.get(ResidentStatus.SETTLED);
  }

  /**
   * Whether people with complex support needs are being left behind: a smaller share of them has
   * moved than of everyone else.
   */
  public boolean complexLagBehind() {
    long complex = complexMoved() + complexRemaining();
    long others = moved() - complexMoved() + remaining() - complexRemaining();
    if (complex == 0 || others == 0) {
      return false;
    }
    return (double) complexMoved() / complex < (double) (moved() - complexMoved()) / others;
  }
}

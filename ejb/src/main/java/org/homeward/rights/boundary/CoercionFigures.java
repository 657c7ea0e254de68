package org.homeward.rights.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.homeward.rights.entity.CoercionKind;

/**
 * An institution's coercive practice month by month, without a name: what the ministry may know of it.
 * When {@code suppressed}, counts from 1 to the threshold are {@code null}, and so is every rate and
 * total made from them.
 */
public record CoercionFigures(boolean suppressed, int threshold, List<Month> months) implements Serializable {

  /** One month; a {@code null} count or rate is withheld (or, for a rate, nobody lived there). */
  public record Month(YearMonth month, long residentDays, Map<CoercionKind, Long> events, Map<CoercionKind, BigDecimal> perThousand,
      Long total, BigDecimal totalPerThousand, BigDecimal seclusionHours, BigDecimal restraintHours) implements Serializable {}
}

package org.homeward.resident.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.resident.boundary.ResidentFigures;

/** An institution's residents in numbers only (no person-level field): what the ministry may read. */
public record FiguresJson(
    long total, long remaining, long moved, long complexRemaining, long complexMoved, boolean complexLagBehind, long admittedAfterStop,
    Map<String, Long> byStatus) {

  static FiguresJson of(ResidentFigures f) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    f.byStatus().forEach((status, n) -> byStatus.put(status.name(), n));
    return new FiguresJson(f.total(), f.remaining(), f.moved(), f.complexRemaining(), f.complexMoved(), f.complexLagBehind(),
        f.admittedAfterStop(), byStatus);
  }
}

package org.homeward.staff.api;

import java.util.Map;
import org.homeward.api.EnumParam;
import org.homeward.staff.boundary.RedeploymentFigures;

/** Staff on their way into community services, in numbers over the caller's institutions, and the openings in community positions. */
public record RedeploymentFiguresJson(long staff, Map<String, Long> byStatus, Map<String, Long> byWillingness, long openings, long filled) {

  static RedeploymentFiguresJson of(RedeploymentFigures f) {
    return new RedeploymentFiguresJson(f.staff(), EnumParam.byName(f.byStatus()), EnumParam.byName(f.byWillingness()), f.openings(), f.filled());
  }
}

package org.homeward.staff.api;

import java.util.List;
import org.homeward.staff.control.PositionFit;

/**
 * How well a person fits a position, out of 100, and each criterion's share: the codes met, planned
 * and missing (qualifications, courses), or the values compared (region, willingness, role).
 */
public record FitJson(int score, List<Reason> reasons) {

  public record Reason(String criterion, boolean met, int points, int maxPoints, List<String> have, List<String> planned,
      List<String> missing, String staffValue, String positionValue) {}

  static FitJson of(PositionFit fit) {
    return new FitJson(fit.score(), fit.reasons().stream()
        .map(r -> new Reason(r.criterion().name(), r.met(), r.points(), r.criterion().weight(), r.have(), r.planned(), r.missing(),
            r.staffValue(), r.positionValue()))
        .toList());
  }
}

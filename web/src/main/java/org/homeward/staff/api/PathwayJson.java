package org.homeward.staff.api;

import java.time.Instant;
import java.util.List;
import org.homeward.staff.boundary.Pathway;

/** Where a staff member stands on the way into community services, how they got there, their applications and the positions that fit them. */
public record PathwayJson(long staffId, String status, List<Step> history, List<ApplicationJson> applications, List<Suggestion> suggestions) {

  /** One change of status, and what moved it. */
  public record Step(String status, String cause, Instant changedAt, String changedBy) {}

  /** An open position and how well the person fits it. */
  public record Suggestion(PositionJson position, FitJson fit) {}

  static PathwayJson of(Pathway p) {
    return new PathwayJson(p.staffId(), p.status().name(),
        p.history().stream().map(c -> new Step(c.getStatus().name(), c.getCause().name(), c.getChangedAt(), c.getChangedBy())).toList(),
        p.applications().stream().map(ApplicationJson::of).toList(),
        p.suggestions().stream().map(s -> new Suggestion(PositionJson.of(s.position()), FitJson.of(s.fit()))).toList());
  }
}

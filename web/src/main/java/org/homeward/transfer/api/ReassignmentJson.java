package org.homeward.transfer.api;

import java.util.List;
import org.homeward.transfer.boundary.Handover;

/**
 * A bulk reassignment: the leaving worker ({@code fromWorkerId}), the {@code reason}, and either
 * {@code toWorkerId} (every active case of theirs at the institution) or {@code cases}, each person
 * to a worker; both together send the cases not listed to {@code toWorkerId}.
 */
public record ReassignmentJson(Long fromWorkerId, Long toWorkerId, String reason, List<HandoverJson> cases) {

  /** One person to one worker. */
  public record HandoverJson(Long residentId, Long toWorkerId) {}

  List<Handover> handovers() {
    return cases == null ? List.of() : cases.stream().map(c -> c == null ? null : new Handover(c.residentId(), c.toWorkerId())).toList();
  }
}

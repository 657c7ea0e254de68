package org.homeward.transfer.api;

import java.util.List;
import org.homeward.resident.entity.Resident;

/** What a bulk reassignment did: each person and the worker they now have (the person still to be asked). */
public record ReassignedJson(int reassigned, List<CaseJson> cases) {

  /** One person and their new worker. */
  public record CaseJson(Long residentId, String residentName, Long toWorkerId, String toWorkerName) {}

  static ReassignedJson of(List<Resident> residents) {
    return new ReassignedJson(residents.size(), residents.stream()
        .map(r -> new CaseJson(r.getId(), r.getDisplayName(), r.getFocalPoint().getId(), r.getFocalPoint().getDisplayName())).toList());
  }
}

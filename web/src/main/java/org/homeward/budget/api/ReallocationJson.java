package org.homeward.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.homeward.budget.entity.Reallocation;

/** Money moved from an institution line ({@code fromLineId}) to a community line ({@code toLineId}), with its approval. */
public record ReallocationJson(Long id, Long fromLineId, Long toLineId, LocalDate movedOn, BigDecimal amount, String reason, String approvedBy,
    LocalDate approvedOn) {

  static ReallocationJson of(Reallocation r) {
    return new ReallocationJson(r.getId(), r.getFrom().getId(), r.getTo().getId(), r.getMovedOn(), r.getAmount(), r.getReason(),
        r.getApprovedBy(), r.getApprovedOn());
  }

  Reallocation toReallocation() {
    return new Reallocation(null, null, movedOn, amount, reason, approvedBy, approvedOn);
  }
}

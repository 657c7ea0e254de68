package org.homeward.rights.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.rights.entity.Death;

/** A death in the institution, linked to the resident where known: the cause as recorded, and whether it was reviewed independently (by whom). */
public record DeathJson(Long id, Long version, Long residentId, @Schema(readOnly = true) String residentName, LocalDate diedOn,
    String causeAsRecorded, Boolean independentlyReviewed, String reviewedBy, @Schema(readOnly = true) String recordedBy,
    @Schema(readOnly = true) Instant recordedAt) {

  static DeathJson of(Death d) {
    return new DeathJson(d.getId(), d.getVersion(), d.getResident() == null ? null : d.getResident().getId(),
        d.getResident() == null ? null : d.getResident().getDisplayName(), d.getDiedOn(), d.getCauseAsRecorded(),
        d.isIndependentlyReviewed(), d.getReviewedBy(), d.getRecordedBy(), d.getRecordedAt());
  }

  Death toDeath() {
    Death death = new Death(diedOn, causeAsRecorded);
    death.setIndependentlyReviewed(Boolean.TRUE.equals(independentlyReviewed));
    death.setReviewedBy(reviewedBy);
    return death;
  }
}

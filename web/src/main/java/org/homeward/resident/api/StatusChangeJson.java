package org.homeward.resident.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.resident.entity.StatusChange;

/**
 * A step of a case. To take one, POST {@code version} (of the resident), {@code status},
 * {@code effectiveOn} and, for endings, returns and steps back, {@code reason}.
 */
@JsonbPropertyOrder({"version", "fromStatus", "status", "effectiveOn", "reason", "recordedBy", "recordedAt"})
public record StatusChangeJson(
    Long version,
    @Schema(readOnly = true, implementation = ResidentStatus.class) String fromStatus,
    @Schema(implementation = ResidentStatus.class) String status,
    LocalDate effectiveOn,
    String reason,
    @Schema(readOnly = true) String recordedBy,
    @Schema(readOnly = true) Instant recordedAt) {

  public static StatusChangeJson of(StatusChange c) {
    return new StatusChangeJson(null, EnumParam.name(c.getFromStatus()), EnumParam.name(c.getToStatus()), c.getEffectiveOn(),
        c.getReason(), c.getRecordedBy(), c.getRecordedAt());
  }
}

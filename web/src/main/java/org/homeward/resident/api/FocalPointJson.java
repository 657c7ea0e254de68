package org.homeward.resident.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.resident.entity.Consent;
import org.homeward.resident.entity.FocalPointAssignment;

/**
 * A focal point assignment. To assign, PUT {@code version} (of the resident), {@code workerId},
 * {@code consent} (CHOSE or AGREED), {@code fromOn} and, when the worker changes, {@code reason}.
 */
@JsonbPropertyOrder({"version", "workerId", "workerName", "consent", "fromOn", "untilOn", "reason", "recordedBy"})
public record FocalPointJson(
    Long version,
    Long workerId,
    @Schema(readOnly = true) String workerName,
    @Schema(implementation = Consent.class) String consent,
    LocalDate fromOn,
    @Schema(readOnly = true) LocalDate untilOn,
    String reason,
    @Schema(readOnly = true) String recordedBy) {

  public static FocalPointJson of(FocalPointAssignment a) {
    return new FocalPointJson(null, a.getWorker().getId(), a.getWorker().getDisplayName(), EnumParam.name(a.getConsent()), a.getFromOn(),
        a.getUntilOn(), a.getReason(), a.getRecordedBy());
  }
}

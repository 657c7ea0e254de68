package org.homeward.transfer.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.resident.entity.Consent;
import org.homeward.transfer.entity.CaseTransfer;
import org.homeward.transfer.entity.TransferKind;
import org.homeward.transfer.entity.TransferStatus;

/**
 * A case transfer. To offer one, POST {@code kind} (WORKER or INSTITUTION; when left out, INSTITUTION
 * if {@code toInstitutionId} is given), {@code toWorkerId} or {@code toInstitutionId}, and {@code reason}.
 */
@JsonbPropertyOrder({"id", "version", "kind", "status", "residentId", "residentName", "fromWorkerId", "fromWorkerName", "toWorkerId",
    "toWorkerName", "fromInstitutionId", "fromInstitutionName", "toInstitutionId", "toInstitutionName", "reason", "proposedBy",
    "proposedAt", "consent", "answerReason", "answeredBy", "answeredAt"})
public record TransferJson(
    @Schema(readOnly = true) Long id,
    @Schema(readOnly = true) Long version,
    @Schema(implementation = TransferKind.class) String kind,
    @Schema(readOnly = true, implementation = TransferStatus.class) String status,
    @Schema(readOnly = true) Long residentId,
    @Schema(readOnly = true) String residentName,
    @Schema(readOnly = true) Long fromWorkerId,
    @Schema(readOnly = true) String fromWorkerName,
    Long toWorkerId,
    @Schema(readOnly = true) String toWorkerName,
    @Schema(readOnly = true) Long fromInstitutionId,
    @Schema(readOnly = true) String fromInstitutionName,
    Long toInstitutionId,
    @Schema(readOnly = true) String toInstitutionName,
    String reason,
    @Schema(readOnly = true) String proposedBy,
    @Schema(readOnly = true) Instant proposedAt,
    @Schema(readOnly = true, implementation = Consent.class) String consent,
    @Schema(readOnly = true) String answerReason,
    @Schema(readOnly = true) String answeredBy,
    @Schema(readOnly = true) Instant answeredAt) {

  static TransferJson of(CaseTransfer t) {
    return new TransferJson(t.getId(), t.getVersion(), EnumParam.name(t.getKind()), EnumParam.name(t.getStatus()),
        t.getResident().getId(), t.getResident().getDisplayName(),
        t.getFromWorker() == null ? null : t.getFromWorker().getId(), t.getFromWorker() == null ? null : t.getFromWorker().getDisplayName(),
        t.getToWorker() == null ? null : t.getToWorker().getId(), t.getToWorker() == null ? null : t.getToWorker().getDisplayName(),
        t.getFromInstitution().getId(), t.getFromInstitution().getName(),
        t.getToInstitution() == null ? null : t.getToInstitution().getId(), t.getToInstitution() == null ? null : t.getToInstitution().getName(),
        t.getReason(), t.getProposedBy(), t.getProposedAt(), EnumParam.name(t.getConsent()), t.getAnswerReason(), t.getAnsweredBy(),
        t.getAnsweredAt());
  }

  TransferKind kindOrImplied() {
    TransferKind parsed = EnumParam.parse(TransferKind.class, kind, "kind");
    if (parsed != null) {
      return parsed;
    }
    return toInstitutionId != null ? TransferKind.INSTITUTION : TransferKind.WORKER;
  }
}

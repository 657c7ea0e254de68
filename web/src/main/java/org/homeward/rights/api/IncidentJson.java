package org.homeward.rights.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.rights.entity.Incident;
import org.homeward.rights.entity.IncidentKind;

/** A report of abuse, neglect or violence, linked to a resident of the institution where known. */
public record IncidentJson(Long id, Long version, Long residentId, @Schema(readOnly = true) String residentName,
    @Schema(implementation = IncidentKind.class) String kind, LocalDate occurredOn, LocalDate reportedOn, String description,
    String actionTaken, String referredTo, @Schema(readOnly = true) String recordedBy, @Schema(readOnly = true) Instant recordedAt) {

  static IncidentJson of(Incident i) {
    return new IncidentJson(i.getId(), i.getVersion(), i.getResident() == null ? null : i.getResident().getId(),
        i.getResident() == null ? null : i.getResident().getDisplayName(), EnumParam.name(i.getKind()), i.getOccurredOn(),
        i.getReportedOn(), i.getDescription(), i.getActionTaken(), i.getReferredTo(), i.getRecordedBy(), i.getRecordedAt());
  }

  Incident toIncident() {
    Incident incident = new Incident(EnumParam.parse(IncidentKind.class, kind, "kind"), occurredOn, reportedOn, description);
    incident.setActionTaken(actionTaken);
    incident.setReferredTo(referredTo);
    return incident;
  }
}

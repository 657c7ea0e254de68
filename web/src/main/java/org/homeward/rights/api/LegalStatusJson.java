package org.homeward.rights.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.entity.AdmissionStatus;
import org.homeward.rights.entity.LegalStatusChange;

/** A resident's voluntary or involuntary status from a date, under which legal basis. */
public record LegalStatusJson(Long id, @Schema(implementation = AdmissionStatus.class) String status, LocalDate since, String legalBasis,
    @Schema(readOnly = true) String recordedBy, @Schema(readOnly = true) Instant recordedAt) {

  static LegalStatusJson of(LegalStatusChange s) {
    return new LegalStatusJson(s.getId(), EnumParam.name(s.getStatus()), s.getSince(), s.getLegalBasis(), s.getRecordedBy(),
        s.getRecordedAt());
  }

  LegalStatusChange toChange() {
    var errors = new java.util.ArrayList<org.homeward.problem.FieldError>();
    AdmissionStatus parsed = EnumParam.parse(AdmissionStatus.class, status, "status", errors);
    InvalidInputException.throwIfAny(errors);
    return new LegalStatusChange(parsed, since, legalBasis);
  }
}

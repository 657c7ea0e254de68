package org.homeward.rights.api;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.homeward.rights.entity.CoercionCategory;
import org.homeward.rights.entity.CoercionFacts;
import org.homeward.rights.entity.RestraintType;

/** The facts of a coercive practice event, as recorded or as they stood before a correction. Times are the ward's local time. */
public record CoercionFactsJson(
    Long unitId,
    String unitName,
    Long residentId,
    String residentName,
    @Schema(implementation = CoercionCategory.class) String category,
    @Schema(implementation = RestraintType.class) String restraintType,
    @Schema(description = "ward local time, e.g. 2026-03-14T22:40") LocalDateTime startedAt,
    LocalDateTime endedAt,
    @Schema(readOnly = true) Long durationMinutes,
    String authorisedBy,
    String reason,
    Boolean deEscalationTried,
    String deEscalation,
    String injuries) {

  static CoercionFactsJson of(CoercionFacts f) {
    return new CoercionFactsJson(f.getUnit() == null ? null : f.getUnit().getId(), f.getUnit() == null ? null : f.getUnit().getName(),
        f.getResident() == null ? null : f.getResident().getId(), f.getResident() == null ? null : f.getResident().getDisplayName(),
        EnumParam.name(f.getCategory()), EnumParam.name(f.getRestraintType()), f.getStartedAt(), f.getEndedAt(),
        f.getDurationMinutes(), f.getAuthorisedBy(), f.getReason(), f.getDeEscalationTried(), f.getDeEscalation(), f.getInjuries());
  }

  CoercionFacts toFacts() {
    List<FieldError> errors = new ArrayList<>();
    CoercionFacts facts = new CoercionFacts(EnumParam.parse(CoercionCategory.class, category, "category", errors),
        EnumParam.parse(RestraintType.class, restraintType, "restraintType", errors), startedAt, endedAt, authorisedBy, reason,
        deEscalationTried);
    facts.setDeEscalation(deEscalation);
    facts.setInjuries(injuries);
    InvalidInputException.throwIfAny(errors);
    return facts;
  }
}

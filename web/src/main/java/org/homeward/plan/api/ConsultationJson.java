package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.plan.entity.ConsultationEvent;
import org.homeward.plan.entity.ConsultationKind;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

@JsonbPropertyOrder({"id", "version", "heldOn", "kind", "audience", "place", "participants", "concerns", "response"})
public record ConsultationJson(
    Long id,
    Long version,
    LocalDate heldOn,
    @Schema(implementation = ConsultationKind.class) String kind,
    String audience,
    String place,
    Integer participants,
    String concerns,
    String response) {

  static ConsultationJson of(ConsultationEvent e) {
    return new ConsultationJson(e.getId(), e.getVersion(), e.getHeldOn(), EnumParam.name(e.getKind()), e.getAudience(), e.getPlace(),
        e.getParticipants(), e.getConcerns(), e.getResponse());
  }

  ConsultationEvent toEvent() {
    List<FieldError> errors = new ArrayList<>();
    ConsultationEvent event = new ConsultationEvent(heldOn, EnumParam.parse(ConsultationKind.class, kind, "kind", errors), audience, place);
    InvalidInputException.throwIfAny(errors);
    event.setParticipants(participants);
    event.setConcerns(concerns);
    event.setResponse(response);
    if (version != null) {
      event.setVersion(version);
    }
    return event;
  }
}

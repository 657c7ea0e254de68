package org.homeward.followup.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.followup.entity.FollowUpVisit;
import org.homeward.followup.entity.Outcome;

@JsonbPropertyOrder({"id", "version", "visitedOn", "whereLiving", "servicesInPlace", "outcome", "personsWords", "notes"})
public record FollowUpJson(
    Long id,
    Long version,
    LocalDate visitedOn,
    String whereLiving,
    Boolean servicesInPlace,
    @Schema(implementation = Outcome.class) String outcome,
    String personsWords,
    String notes) {

  public static FollowUpJson of(FollowUpVisit v) {
    return new FollowUpJson(v.getId(), v.getVersion(), v.getVisitedOn(), v.getWhereLiving(), v.isServicesInPlace(),
        EnumParam.name(v.getOutcome()), v.getPersonsWords(), v.getNotes());
  }

  FollowUpVisit toVisit() {
    FollowUpVisit visit = new FollowUpVisit(visitedOn, whereLiving, Boolean.TRUE.equals(servicesInPlace),
        EnumParam.parse(Outcome.class, outcome, "outcome"));
    visit.setPersonsWords(personsWords);
    visit.setNotes(notes);
    return visit;
  }
}

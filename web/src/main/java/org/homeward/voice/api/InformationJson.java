package org.homeward.voice.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.voice.entity.Format;
import org.homeward.voice.entity.InformationGiven;

/** Information given, or a visit to a community option ({@code visit: true} with its {@code place}). */
@JsonbPropertyOrder({"id", "version", "givenOn", "topic", "format", "visit", "place", "personsWords"})
public record InformationJson(Long id, Long version, LocalDate givenOn, String topic, @Schema(implementation = Format.class) String format,
    Boolean visit, String place, String personsWords) {

  public static InformationJson of(InformationGiven i) {
    return new InformationJson(i.getId(), i.getVersion(), i.getGivenOn(), i.getTopic(), EnumParam.name(i.getFormat()), i.isVisit(),
        i.getPlace(), i.getPersonsWords());
  }

  InformationGiven toInformation() {
    InformationGiven i = new InformationGiven(givenOn, topic, EnumParam.parse(Format.class, format, "format"));
    i.setVisit(Boolean.TRUE.equals(visit));
    i.setPlace(place);
    i.setPersonsWords(personsWords);
    return i;
  }
}

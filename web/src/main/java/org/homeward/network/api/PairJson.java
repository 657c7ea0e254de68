package org.homeward.network.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.network.boundary.LiveTogetherPair;
import org.homeward.network.entity.ArrangementDifference;

/** One of an institution's pairs who want to live together. */
@JsonbPropertyOrder({"id", "firstId", "firstName", "secondId", "secondName", "recordedOn", "arrangementsDiffer", "difference",
    "differenceMessage"})
public record PairJson(
    Long id,
    Long firstId,
    String firstName,
    Long secondId,
    String secondName,
    LocalDate recordedOn,
    Boolean arrangementsDiffer,
    @Schema(implementation = ArrangementDifference.class) String difference,
    String differenceMessage) {

  static PairJson of(LiveTogetherPair p, Locale locale) {
    return new PairJson(p.getId(), p.person().getId(), p.person().getDisplayName(), p.partner().getId(), p.partner().getDisplayName(),
        p.link().getRecordedOn(), p.arrangementsDiffer(), EnumParam.name(p.difference()), LiveTogetherJson.differenceMessage(p, locale));
  }
}

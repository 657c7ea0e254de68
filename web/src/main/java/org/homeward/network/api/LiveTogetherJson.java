package org.homeward.network.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.network.boundary.LiveTogetherPair;
import org.homeward.network.entity.ArrangementDifference;
import org.homeward.network.entity.LiveTogetherLink;
import org.homeward.problem.api.ProblemMessages;

/**
 * A link with the partner, seen from the person in the path. Send {@code partnerId}, {@code recordedOn}
 * and the person's words; {@code arrangementsDiffer} with its {@code difference} and {@code
 * differenceMessage} are computed from both people's where-to-live records.
 */
@JsonbPropertyOrder({"id", "partnerId", "partnerName", "recordedOn", "personsWords", "notes", "arrangementsDiffer", "difference",
    "differenceMessage"})
public record LiveTogetherJson(
    Long id,
    Long partnerId,
    String partnerName,
    LocalDate recordedOn,
    String personsWords,
    String notes,
    Boolean arrangementsDiffer,
    @Schema(implementation = ArrangementDifference.class) String difference,
    String differenceMessage) {

  static LiveTogetherJson of(LiveTogetherPair p, Locale locale) {
    return new LiveTogetherJson(p.getId(), p.partner().getId(), p.partner().getDisplayName(), p.link().getRecordedOn(),
        p.link().getPersonsWords(), p.link().getNotes(), p.arrangementsDiffer(), EnumParam.name(p.difference()),
        differenceMessage(p, locale));
  }

  static String differenceMessage(LiveTogetherPair p, Locale locale) {
    return p.difference() == null ? null : ProblemMessages.text("enum.ArrangementDifference." + p.difference(), locale);
  }

  LiveTogetherLink toLink() {
    LiveTogetherLink link = new LiveTogetherLink(recordedOn, personsWords);
    link.setNotes(notes);
    return link;
  }
}

package org.homeward.voice.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.homeward.voice.entity.Supporter;

@JsonbPropertyOrder({"id", "version", "name", "relationship", "howToReach", "chosenOn", "untilOn", "notes"})
public record SupporterJson(Long id, Long version, String name, String relationship, String howToReach, LocalDate chosenOn, LocalDate untilOn,
    String notes) {

  public static SupporterJson of(Supporter s) {
    return new SupporterJson(s.getId(), s.getVersion(), s.getName(), s.getRelationship(), s.getHowToReach(), s.getChosenOn(), s.getUntilOn(),
        s.getNotes());
  }

  Supporter toSupporter() {
    Supporter s = new Supporter(name, relationship, chosenOn);
    s.setHowToReach(howToReach);
    s.setUntilOn(untilOn);
    s.setNotes(notes);
    if (version != null) {
      s.setVersion(version);
    }
    return s;
  }
}

package org.homeward.network.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.network.entity.Contact;
import org.homeward.network.entity.ContactProgress;
import org.homeward.network.entity.ContactWish;
import org.homeward.network.entity.Relationship;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

@JsonbPropertyOrder({"id", "version", "name", "relationship", "howToReach", "wish", "progress", "familySupport", "notes"})
public record ContactJson(
    Long id,
    Long version,
    String name,
    @Schema(implementation = Relationship.class) String relationship,
    String howToReach,
    @Schema(implementation = ContactWish.class) String wish,
    @Schema(implementation = ContactProgress.class) String progress,
    String familySupport,
    String notes) {

  public static ContactJson of(Contact c) {
    return new ContactJson(c.getId(), c.getVersion(), c.getName(), EnumParam.name(c.getRelationship()), c.getHowToReach(),
        EnumParam.name(c.getWish()), EnumParam.name(c.getProgress()), c.getFamilySupport(), c.getNotes());
  }

  Contact toContact() {
    List<FieldError> errors = new ArrayList<>();
    Contact c = new Contact(name, EnumParam.parse(Relationship.class, relationship, "relationship", errors),
        EnumParam.parse(ContactWish.class, wish, "wish", errors), EnumParam.parse(ContactProgress.class, progress, "progress", errors));
    InvalidInputException.throwIfAny(errors);
    c.setHowToReach(howToReach);
    c.setFamilySupport(familySupport);
    c.setNotes(notes);
    if (version != null) {
      c.setVersion(version);
    }
    return c;
  }
}

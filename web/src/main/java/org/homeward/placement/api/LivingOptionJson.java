package org.homeward.placement.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.placement.entity.Arrangement;
import org.homeward.placement.entity.LivingOption;

/** An option explored, with the person's view of it; {@code chosen} is set through {@code /choice}. */
@JsonbPropertyOrder({"id", "version", "arrangement", "description", "personsView", "visitedOn", "chosen"})
public record LivingOptionJson(
    Long id,
    Long version,
    @Schema(implementation = Arrangement.class) String arrangement,
    String description,
    String personsView,
    LocalDate visitedOn,
    @Schema(readOnly = true) Boolean chosen) {

  public static LivingOptionJson of(LivingOption o) {
    return new LivingOptionJson(o.getId(), o.getVersion(), EnumParam.name(o.getArrangement()), o.getDescription(), o.getPersonsView(),
        o.getVisitedOn(), o.isChosen());
  }

  LivingOption toOption() {
    LivingOption option = new LivingOption(EnumParam.parse(Arrangement.class, arrangement, "arrangement"), description, personsView);
    option.setVisitedOn(visitedOn);
    if (version != null) {
      option.setVersion(version);
    }
    return option;
  }
}

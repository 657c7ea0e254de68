package org.homeward.network.entity;

import java.util.Locale;
import java.util.Optional;
import org.homeward.placement.entity.LivingOption;
import org.homeward.placement.entity.Placement;

/**
 * Where one person is heading: the option they chose (its kind and description) and the address of
 * the home secured for them. Each part is null until there is one. Text is compared ignoring case and
 * spacing, since two people's records of one flat are typed by different hands.
 *
 * @param chosenOption the chosen option as {@code ARRANGEMENT: description}, normalised
 * @param securedAddress the secured home's address, normalised
 */
public record HomeChoice(String chosenOption, String securedAddress) {

  public static HomeChoice of(Optional<LivingOption> chosen, Optional<Placement> placement) {
    return new HomeChoice(
        chosen.map(o -> o.getArrangement() + ": " + normalised(o.getDescription())).orElse(null),
        placement.filter(Placement::secured).map(p -> normalised(p.getAddress())).orElse(null));
  }

  public boolean secured() {
    return securedAddress != null;
  }

  public boolean chosen() {
    return chosenOption != null;
  }

  private static String normalised(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}

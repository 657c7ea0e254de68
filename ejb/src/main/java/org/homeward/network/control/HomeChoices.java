package org.homeward.network.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.homeward.network.entity.ArrangementDifference;
import org.homeward.network.entity.HomeChoice;
import org.homeward.placement.control.PlacementRepository;
import org.homeward.placement.entity.LivingOption;

/** Reads, from the where-to-live records, where each person of a pair is heading, and how the two differ. */
@Dependent
public class HomeChoices {

  @Inject PlacementRepository placements;

  public Optional<ArrangementDifference> difference(long residentId, long partnerId) {
    return ArrangementDifference.between(of(residentId), of(partnerId));
  }

  private HomeChoice of(long residentId) {
    Optional<LivingOption> chosen = placements.options(residentId).stream().filter(LivingOption::isChosen).findFirst();
    return HomeChoice.of(chosen, placements.placement(residentId));
  }
}

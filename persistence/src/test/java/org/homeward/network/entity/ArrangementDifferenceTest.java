package org.homeward.network.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.homeward.placement.entity.Arrangement;
import org.homeward.placement.entity.LivingOption;
import org.homeward.placement.entity.Placement;
import org.homeward.placement.entity.TenancyHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two people who want to live together are warned about while their chosen or secured homes differ. */
class ArrangementDifferenceTest {

  private static HomeChoice choice(String chosen, String secured) {
    return new HomeChoice(chosen, secured);
  }

  @ParameterizedTest(name = "[{0} | {1}] and [{2} | {3}]: {4}")
  @CsvSource(nullValues = "-", value = {
    "-, -, -, -, -",
    "a, -, a, -, -",
    "a, -, b, -, DIFFERENT_CHOICES",
    "a, -, -, -, ONLY_ONE_CHOSE",
    "-, -, b, -, ONLY_ONE_CHOSE",
    "a, 1 Lipa St, a, -, ONLY_ONE_SECURED",
    "-, -, -, 1 Lipa St, ONLY_ONE_SECURED",
    "a, 1 Lipa St, b, 2 Oak Rd, DIFFERENT_ADDRESSES",
    "a, 1 Lipa St, b, 1 Lipa St, -",
    "a, 1 Lipa St, a, 1 Lipa St, -"
  })
  void theSecuredHomesDecideOnceThereIsOneAndTheChoicesBefore(String chosen, String secured, String otherChosen, String otherSecured,
      ArrangementDifference expected) {
    assertThat(ArrangementDifference.between(choice(chosen, secured), choice(otherChosen, otherSecured))).isEqualTo(Optional.ofNullable(expected));
    assertThat(ArrangementDifference.between(choice(otherChosen, otherSecured), choice(chosen, secured))).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void oneFlatTypedByTwoHandsIsOneFlat() {
    LivingOption ana = new LivingOption(Arrangement.SHARED_HOUSING, "Shared flat,  Lipa Street 5", null);
    LivingOption ivana = new LivingOption(Arrangement.SHARED_HOUSING, "shared flat, lipa street 5 ", null);
    Placement anasHome = new Placement(Arrangement.SHARED_HOUSING, "Lipa Street 5", TenancyHolder.PERSON, 2);
    Placement ivanasHome = new Placement(Arrangement.SHARED_HOUSING, "LIPA  STREET 5", TenancyHolder.PERSON, 2);

    assertThat(ArrangementDifference.between(HomeChoice.of(Optional.of(ana), Optional.empty()), HomeChoice.of(Optional.of(ivana), Optional.empty())))
        .isEmpty();
    anasHome.setMoveInOn(LocalDate.of(2027, 3, 1));
    assertThat(ArrangementDifference.between(HomeChoice.of(Optional.of(ana), Optional.of(anasHome)),
        HomeChoice.of(Optional.of(ivana), Optional.of(ivanasHome)))).contains(ArrangementDifference.ONLY_ONE_SECURED);
    ivanasHome.setMoveInOn(LocalDate.of(2027, 3, 1));
    assertThat(ArrangementDifference.between(HomeChoice.of(Optional.of(ana), Optional.of(anasHome)),
        HomeChoice.of(Optional.of(ivana), Optional.of(ivanasHome)))).isEmpty();
  }

  @Test
  void aHomeWithoutAMoveInDateIsNotSecured() {
    Placement pending = new Placement(Arrangement.SHARED_HOUSING, "Lipa Street 5", TenancyHolder.PERSON, 2);

    assertThat(HomeChoice.of(Optional.empty(), Optional.of(pending)).secured()).isFalse();
  }
}

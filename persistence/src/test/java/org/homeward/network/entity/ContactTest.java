package org.homeward.network.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A person's wish for no contact stands: no progress towards contact is recorded against it. */
class ContactTest {

  @ParameterizedTest(name = "{0}, {1}: refused {2}")
  @CsvSource({
    "NO_CONTACT, NOT_STARTED, false",
    "NO_CONTACT, FIRST_CONTACT_MADE, true",
    "NO_CONTACT, IN_REGULAR_CONTACT, true",
    "NO_CONTACT, PAUSED_AT_PERSONS_WISH, false",
    "NOT_NOW, PAUSED_AT_PERSONS_WISH, false",
    "WANTS_CONTACT, FIRST_CONTACT_MADE, false",
    "WANTS_MORE_CONTACT, IN_REGULAR_CONTACT, false"
  })
  void progressTowardsContactIsRefusedOnlyWhenThePersonWantsNone(ContactWish wish, ContactProgress progress, boolean refused) {
    Contact contact = new Contact("Marta Horvat", Relationship.FAMILY_MEMBER, wish, progress);

    if (refused) {
      assertThat(contact.crossFieldErrors()).extracting(FieldError::field).containsExactly("progress");
    } else {
      assertThat(contact.crossFieldErrors()).isEmpty();
    }
  }
}

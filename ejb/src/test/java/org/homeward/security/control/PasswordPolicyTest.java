package org.homeward.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  @ParameterizedTest(name = "\"{1}\" for {0}: {2}")
  @CsvSource({
    "maria, short-pw, {user.password.length}",
    "maria, eleven-char, {user.password.length}",
    "maria, twelve-chars, ''",
    "maria.long.name, MARIA.LONG.NAME, {user.password.username}",
    "maria, correct horse battery staple, ''"
  })
  void lengthMattersAndTheUserNameIsRefused(String username, String password, String expected) {
    assertThat(PasswordPolicy.violation(username, password.toCharArray()).orElse("")).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void overlongPasswordsAreRefused() {
    assertThat(PasswordPolicy.violation("maria", "x".repeat(129).toCharArray())).contains("{user.password.length}");
    assertThat(PasswordPolicy.violation("maria", null)).contains("{user.password.length}");
  }
}

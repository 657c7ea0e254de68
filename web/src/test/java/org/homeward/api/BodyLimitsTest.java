package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyLimitsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "'' | 0",
    "1 | 0",
    "{} | 1",
    "{\"a\":[1,{\"b\":[]}]} | 4",
    "[[],[[]],[]] | 3",
    "{\"a\":\"[[[[{{{{\"} | 1",
    "{\"a\":\"\\\"[[[[\"} | 1",
    "{\"a\":\"\\\\\",\"b\":[[]]} | 3",
    "{\"naïve\":[\"ü\"]} | 2",
  })
  void depthCountsBracketsOutsideStrings(String json, int expected) {
    assertThat(BodyLimits.depth(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"name\":\"a\\u0000b\"} | name",
    "{\"name\":\"ok\",\"steps\":[{\"note\":\"\\u0000\"}]} | note",
    "{\"password\":\"\\u0000\",\"username\":\"\\u0000\"} | password username",
    "[\"\\u0000\"] | body",
    "{\"name\":\"a\\\\u0000\"} | ''",
    "{\"name\":\"plain\"} | ''",
    "{\"name\":\"\\u0000 | ''",
  })
  void everyFieldHoldingANulIsNamed(String json, String field) {
    assertThat(String.join(" ", BodyLimits.fieldsWithNul(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(field);
  }
}

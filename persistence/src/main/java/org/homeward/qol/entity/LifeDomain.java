package org.homeward.qol.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a quality-of-life check asks about. {@link #field()} names the domain in the API, in forms and
 * in field errors.
 */
public enum LifeDomain {
  LIVING_SITUATION("livingSituation"),
  CHOICE_AND_CONTROL("choiceAndControl"),
  PERSONAL_SUPPORT("personalSupport"),
  RESPECT_AND_DIGNITY("respectAndDignity"),
  COMMUNITY_INCLUSION("communityInclusion"),
  SATISFACTION("satisfaction"),
  HEALTH("health");

  private final String field;

  LifeDomain(String field) {
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** The field that holds the person's own words about this domain. */
  public String wordsField() {
    return field + "Words";
  }

  public static Optional<LifeDomain> ofField(String field) {
    return Arrays.stream(values()).filter(d -> d.field.equals(field)).findFirst();
  }
}

package org.homeward.monitoring.boundary;

import java.util.Arrays;
import java.util.List;
import org.homeward.resident.entity.DisabilityGroup;
import org.homeward.resident.entity.Sex;

/** How an indicator about people may be split beyond area: by sex, age band on the day counted, or disability group. */
public enum Breakdown {
  NONE(List.of("ALL")),
  SEX(names(Sex.values())),
  AGE(List.of("UNDER_25", "25_44", "45_64", "65_PLUS")),
  DISABILITY(names(DisabilityGroup.values()));

  private final List<String> categories;

  Breakdown(List<String> categories) {
    this.categories = categories;
  }

  public List<String> categories() {
    return categories;
  }

  /** The breakdowns published together, which share their area totals. */
  public static List<Breakdown> split() {
    return List.of(SEX, AGE, DISABILITY);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}

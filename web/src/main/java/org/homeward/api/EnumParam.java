package org.homeward.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.homeward.problem.InvalidInputException;

/** A query parameter naming an enum value; an unknown value is a 400 naming the parameter and the values allowed. */
public final class EnumParam {

  private EnumParam() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(parameter, "must be one of: "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}

package org.homeward.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/**
 * An enum value sent as text (a query parameter or a JSON field); an unknown value is a 400 naming
 * the field and the values allowed. JSON fields holding enum values are read as text for this reason:
 * the JSON-B runtime does not say which property held a bad value.
 */
public final class EnumParam {

  private EnumParam() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
    List<FieldError> errors = new ArrayList<>();
    E parsed = parse(type, value, parameter, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return parsed;
  }

  /** Parses {@code value}, or adds a field error to {@code errors} and returns null. */
  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "must be one of: "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    }
  }

  /** Counts (or any values) keyed by the names the API writes, in the map's order; a null value stays null. */
  public static <V> Map<String, V> byName(Map<? extends Enum<?>, V> values) {
    Map<String, V> named = new LinkedHashMap<>();
    values.forEach((k, v) -> named.put(k.name(), v));
    return named;
  }

  /** The name of {@code value} as the API writes it, or null. */
  public static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}

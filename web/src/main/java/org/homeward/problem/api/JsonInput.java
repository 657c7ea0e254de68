package org.homeward.problem.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what JSON-B (Yasson) says about a body it could not read, to name the field and say what is
 * accepted there: an unknown enum value lists the allowed ones; a value of the wrong type names its
 * field; broken JSON says so.
 */
final class JsonInput {

  private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
  private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s]*)");

  record Diagnosis(String field, String message) {}

  private JsonInput() {}

  static Diagnosis diagnose(Throwable error) {
    String field = null;
    String enumValues = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      Matcher property = PROPERTY.matcher(message);
      if (field == null && property.find()) {
        field = property.group(1);
      }
      Matcher enumConstant = ENUM.matcher(message);
      if (enumValues == null && enumConstant.find()) {
        enumValues = allowed(enumConstant.group(1)).orElse(null);
      }
    }
    if (field == null) {
      return new Diagnosis(null, null);
    }
    return new Diagnosis(field, enumValues != null ? "must be one of: " + enumValues : "has a value of the wrong type or format");
  }

  private static Optional<String> allowed(String enumClass) {
    try {
      Class<?> type = Class.forName(enumClass, false, JsonInput.class.getClassLoader());
      return type.isEnum()
          ? Optional.of(Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")))
          : Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}

package org.homeward.problem.api;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.homeward.problem.FieldError;

/**
 * Turns message keys and templates into words, in the user's language: problem titles and details
 * from the UI bundle, field messages written as {@code {key}} templates from Bean Validation's
 * {@code ValidationMessages} bundle (the messages services use for their own field rules).
 */
public final class ProblemMessages {

  public static final String BUNDLE = "i18n.messages";

  private ProblemMessages() {}

  public static String text(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static String fieldMessage(FieldError error, Locale locale) {
    String message = error.message();
    if (message != null && message.startsWith("{") && message.endsWith("}")) {
      String key = message.substring(1, message.length() - 1);
      try {
        return ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
      } catch (MissingResourceException e) {
        return key;
      }
    }
    return message;
  }

  public static List<Problem.FieldProblem> fields(List<FieldError> errors, Locale locale) {
    return errors.stream().map(e -> new Problem.FieldProblem(e.field(), fieldMessage(e, locale))).toList();
  }
}

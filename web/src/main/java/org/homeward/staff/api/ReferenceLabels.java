package org.homeward.staff.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.staff.entity.ReferenceEntry;

/** A qualification's or course's label in the user's language, or the stored wording for a code the bundle does not know. */
public final class ReferenceLabels {

  private ReferenceLabels() {}

  public static String of(ReferenceEntry entry, Locale locale) {
    return label(entry.labelKey(), entry.getLabel(), locale);
  }

  private static String label(String key, String stored, Locale locale) {
    try {
      return ResourceBundle.getBundle(ProblemMessages.BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return stored;
    }
  }
}

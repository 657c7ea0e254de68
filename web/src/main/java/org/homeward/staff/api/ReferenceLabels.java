package org.homeward.staff.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.TrainingCourse;

/** A qualification's or course's label in the user's language, or the stored wording for a code the bundle does not know. */
public final class ReferenceLabels {

  private ReferenceLabels() {}

  public static String of(Qualification qualification, Locale locale) {
    return label(qualification.labelKey(), qualification.getLabel(), locale);
  }

  public static String of(TrainingCourse course, Locale locale) {
    return label(course.labelKey(), course.getLabel(), locale);
  }

  private static String label(String key, String stored, Locale locale) {
    try {
      return ResourceBundle.getBundle(ProblemMessages.BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return stored;
    }
  }
}

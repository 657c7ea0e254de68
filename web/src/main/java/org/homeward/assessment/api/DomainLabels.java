package org.homeward.assessment.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.homeward.assessment.entity.AssessmentDomain;
import org.homeward.problem.api.ProblemMessages;

/** A domain's label in the user's language, or the framework's own wording for a framework the bundle does not know. */
public final class DomainLabels {

  private DomainLabels() {}

  public static String of(AssessmentDomain domain, Locale locale) {
    try {
      return ResourceBundle.getBundle(ProblemMessages.BUNDLE, locale).getString(domain.labelKey());
    } catch (MissingResourceException e) {
      return domain.getLabel();
    }
  }
}

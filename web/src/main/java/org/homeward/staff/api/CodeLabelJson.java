package org.homeward.staff.api;

import java.util.Locale;
import org.homeward.staff.entity.Qualification;
import org.homeward.staff.entity.TrainingCourse;

/** An entry of reference data: its stable code and its label in the user's language. */
public record CodeLabelJson(String code, String label) {

  static CodeLabelJson of(Qualification q, Locale locale) {
    return new CodeLabelJson(q.getCode(), ReferenceLabels.of(q, locale));
  }

  static CodeLabelJson of(TrainingCourse c, Locale locale) {
    return new CodeLabelJson(c.getCode(), ReferenceLabels.of(c, locale));
  }
}

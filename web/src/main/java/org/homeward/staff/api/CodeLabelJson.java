package org.homeward.staff.api;

import java.util.Locale;
import org.homeward.staff.entity.ReferenceEntry;

/** An entry of reference data: its stable code and its label in the user's language. */
public record CodeLabelJson(String code, String label) {

  static CodeLabelJson of(ReferenceEntry entry, Locale locale) {
    return new CodeLabelJson(entry.getCode(), ReferenceLabels.of(entry, locale));
  }
}

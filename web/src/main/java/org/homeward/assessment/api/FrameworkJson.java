package org.homeward.assessment.api;

import java.util.List;
import java.util.Locale;
import org.homeward.assessment.entity.AssessmentFramework;

/** A framework and its domains, with the codes an assessment uses. */
public record FrameworkJson(String code, String name, List<Domain> domains) {

  public record Domain(int code, String label) {}

  static FrameworkJson of(AssessmentFramework f, Locale locale) {
    return new FrameworkJson(f.getCode(), f.getName(),
        f.getDomains().stream().map(d -> new Domain(d.getCode(), DomainLabels.of(d, locale))).toList());
  }
}

package org.homeward.resident.api;

import java.util.List;
import java.util.Locale;
import org.homeward.problem.FieldError;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.resident.entity.Readiness;

/** Whether the person may be moved, and each safeguard still missing, in words. */
public record ReadinessJson(boolean ready, List<String> missing) {

  static ReadinessJson of(Readiness r, Locale locale) {
    return new ReadinessJson(r.ready(),
        r.missing().stream().map(key -> ProblemMessages.fieldMessage(new FieldError("status", "{" + key + "}"), locale)).toList());
  }
}

package org.homeward.agenda.api;

import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.agenda.boundary.DueItem;
import org.homeward.problem.api.ProblemMessages;

/** Something due in a case: its kind, date, and in words. */
public record DueJson(@Schema(implementation = DueItem.Kind.class) String kind, LocalDate dueOn, String what) {

  static DueJson of(DueItem item, Locale locale) {
    String kind = ProblemMessages.text("enum.DueItem.Kind." + item.kind().name(), locale);
    return new DueJson(item.kind().name(), item.dueOn(), item.detail() == null ? kind : kind + ": " + item.detail());
  }
}

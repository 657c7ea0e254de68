package org.homeward.rights.api;

import java.util.List;
import java.util.Locale;
import org.homeward.problem.api.Problem;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.rights.boundary.WardBookReport;

/** What became of each row of an imported ward book; {@code line} is the row's line in the file (the header is line 1). */
public record WardBookReportJson(long accepted, long refused, List<Row> rows) {

  public record Row(int line, String startedAt, boolean accepted, Long eventId, List<Problem.FieldProblem> errors) {}

  static WardBookReportJson of(WardBookReport report, Locale locale) {
    return new WardBookReportJson(report.accepted(), report.refused(), report.rows().stream()
        .map(r -> new Row(r.line(), r.startedAt(), r.accepted(), r.eventId(), ProblemMessages.fields(r.errors(), locale))).toList());
  }
}

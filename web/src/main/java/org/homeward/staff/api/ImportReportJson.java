package org.homeward.staff.api;

import java.util.List;
import java.util.Locale;
import org.homeward.problem.api.Problem;
import org.homeward.problem.api.ProblemMessages;
import org.homeward.staff.boundary.ImportReport;

/** What became of each row of an imported roster; {@code line} is the row's line in the file (the header is line 1). */
public record ImportReportJson(long accepted, long refused, List<Row> rows) {

  public record Row(int line, String name, boolean accepted, Long staffId, List<Problem.FieldProblem> errors) {}

  static ImportReportJson of(ImportReport report, Locale locale) {
    return new ImportReportJson(report.accepted(), report.refused(), report.rows().stream()
        .map(r -> new Row(r.line(), r.name(), r.accepted(), r.staffId(), ProblemMessages.fields(r.errors(), locale))).toList());
  }
}

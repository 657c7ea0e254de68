package org.homeward.rights.boundary;

import java.io.Serializable;
import java.util.List;
import org.homeward.problem.FieldError;

/** What became of each row of an imported ward book. */
public record WardBookReport(List<RowResult> rows) implements Serializable {

  /** One data row: its line in the file, its start as written, and either the event made or every reason it was refused. */
  public record RowResult(int line, String startedAt, Long eventId, List<FieldError> errors) implements Serializable {

    public boolean accepted() {
      return errors.isEmpty();
    }
  }

  public long accepted() {
    return rows.stream().filter(RowResult::accepted).count();
  }

  public long refused() {
    return rows.size() - accepted();
  }
}

package org.homeward.staff.boundary;

import java.io.Serializable;
import java.util.List;
import org.homeward.problem.FieldError;

/** What became of each row of an imported roster. */
public record ImportReport(List<RowResult> rows) implements Serializable {

  /** One data row: its line in the file, the name it gave, and either the record made or every reason it was refused. */
  public record RowResult(int line, String name, Long staffId, List<FieldError> errors) implements Serializable {

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

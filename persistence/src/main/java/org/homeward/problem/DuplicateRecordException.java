package org.homeward.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A natural key (an institution's code, a user name) that another record already holds. */
@ApplicationException(rollback = true)
public class DuplicateRecordException extends HomewardException {

  private static final long serialVersionUID = 1L;

  public DuplicateRecordException(String field, String message) {
    super("problem.duplicate", List.of(new FieldError(field, message)));
  }

  /** A clash the database found before the application did (two writers at once). */
  public DuplicateRecordException() {
    super("problem.duplicate", List.of());
  }
}

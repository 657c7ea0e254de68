package org.homeward.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An edit made on an older version of a record than the one stored: someone else saved in between.
 * The edit is refused rather than silently overwriting their change.
 */
@ApplicationException(rollback = true)
public class StaleRecordException extends HomewardException {

  private static final long serialVersionUID = 1L;

  public StaleRecordException() {
    super("problem.stale", List.of());
  }

  /** Refuses an edit based on {@code submitted} when the record is now at {@code stored}. */
  public static void requireVersion(long stored, long submitted) {
    if (stored != submitted) {
      throw new StaleRecordException();
    }
  }
}

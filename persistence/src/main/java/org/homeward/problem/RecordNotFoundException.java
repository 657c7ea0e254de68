package org.homeward.problem;

import jakarta.ejb.ApplicationException;

/** No record with that identifier exists. */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RecordException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String recordType, Object recordId) {
    super("problem.notFound", recordType, recordId);
  }
}

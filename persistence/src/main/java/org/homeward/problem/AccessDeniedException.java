package org.homeward.problem;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role or scope does not allow this call. Thrown by the service layer only; the access
 * guard audits it on its way out.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RecordException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String recordType, Object recordId) {
    super("problem.denied", recordType, recordId);
  }
}

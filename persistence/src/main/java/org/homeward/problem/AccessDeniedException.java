package org.homeward.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The caller's role or scope does not allow this call. Thrown by the service layer only; the access
 * guard audits it on its way out.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends HomewardException {

  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final Object recordId;

  public AccessDeniedException(String recordType, Object recordId) {
    super("problem.denied", List.of());
    this.recordType = recordType;
    this.recordId = recordId;
  }

  public String recordType() {
    return recordType;
  }

  public Object recordId() {
    return recordId;
  }
}

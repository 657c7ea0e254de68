package org.homeward.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** No record with that identifier exists. */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends HomewardException {

  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final Object recordId;

  public RecordNotFoundException(String recordType, Object recordId) {
    super("problem.notFound", List.of());
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

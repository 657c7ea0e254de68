package org.homeward.problem;

import java.util.List;

/** A failure about one record, named by its type and id (either may be unknown). */
public abstract class RecordException extends HomewardException {

  private static final long serialVersionUID = 1L;

  private final String recordType;
  private final transient Object recordId;

  protected RecordException(String key, String recordType, Object recordId) {
    super(key, List.of());
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

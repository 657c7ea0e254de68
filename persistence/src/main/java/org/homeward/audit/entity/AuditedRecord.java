package org.homeward.audit.entity;

import java.io.Serializable;









/** Something the audit trail can name when it is read: a record type and its id. */
public interface AuditedRecord extends Serializable {

  Long getId();

  /** The record type as named in the audit trail and the API, e.g. {@code Institution}. */
  default String auditType() {
    return getClass().getSimpleName();
  }
}

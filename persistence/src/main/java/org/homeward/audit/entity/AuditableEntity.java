package org.homeward.audit.entity;

/**
 * An entity whose creation, changes and removal are written to the audit trail by {@link
 * ChangeCapture}, in the transaction that makes them.
 */
public interface AuditableEntity {

  Long getId();

  /** The record type as named in the audit trail and the API, e.g. {@code Institution}. */
  default String auditType() {
    return getClass().getSimpleName();
  }
}

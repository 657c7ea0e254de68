package org.homeward.audit.entity;

/**
 * An entity whose creation, changes and removal are written to the audit trail by {@link
 * ChangeCapture}, in the transaction that makes them.
 */
public interface AuditableEntity extends AuditedRecord {}

package org.homeward.audit.entity;

/** What happened. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  READ,
  SEARCH,
  EXPORT,
  PRINT,
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  DENIED
}

/**
 * The one mechanism that audits service calls: {@link org.homeward.audit.control.Audited} binds
 * {@link org.homeward.audit.control.AuditInterceptor} to a use case, which writes the captured
 * changes and the reads of records in the same transaction as the call.
 */
package org.homeward.audit.control;

/**
 * The audit trail's rows and the capture of entity changes. Rows are written once and never
 * changed: the database refuses UPDATE, DELETE and TRUNCATE on the table. They hold identifiers and
 * changed values of non-sensitive fields; a field marked {@link org.homeward.audit.entity.Sensitive}
 * is recorded as changed without its value, so health data never lands in the trail.
 */
package org.homeward.audit.entity;

/** {@code /api/audit}: searching the audit trail (administrators). */
package org.homeward.audit.api;

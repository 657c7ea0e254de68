/** Writing the audit trail and searching it (administrators only). */
package org.homeward.audit.boundary;

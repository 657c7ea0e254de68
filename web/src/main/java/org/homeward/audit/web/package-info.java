/** The audit trail page for administrators. */
package org.homeward.audit.web;

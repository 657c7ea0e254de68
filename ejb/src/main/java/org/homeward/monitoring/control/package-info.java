/** Figures for monitoring that never disclose a person: small-cell suppression of published tables. */
package org.homeward.monitoring.control;

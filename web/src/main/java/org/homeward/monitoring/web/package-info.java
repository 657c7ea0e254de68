/** The national dashboard page and its drill-down. */
package org.homeward.monitoring.web;

/** The monitoring figures over HTTP: aggregates only. */
package org.homeward.monitoring.api;

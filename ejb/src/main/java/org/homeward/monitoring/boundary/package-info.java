/** What the ministry monitors: national and regional figures, never a person's record. */
package org.homeward.monitoring.boundary;

/** How points in time are stored: as {@code timestamptz}, in UTC. */
package org.homeward.time.entity;

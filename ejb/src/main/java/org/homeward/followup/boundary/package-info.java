/** Visits after a person's move, and what they found. */
package org.homeward.followup.boundary;

/** Visits after the move: where the person lives, whether services are in place, and any adverse outcome. */
package org.homeward.followup.entity;

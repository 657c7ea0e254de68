/** Queries of a person's follow-up visits. */
package org.homeward.followup.control;

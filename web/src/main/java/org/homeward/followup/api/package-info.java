/** Follow-up visits under {@code /api/residents/{id}/follow-ups}. */
package org.homeward.followup.api;

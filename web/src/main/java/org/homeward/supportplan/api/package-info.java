/** A person's individualized support plan under {@code /api/residents/{id}/support-plan}. */
package org.homeward.supportplan.api;

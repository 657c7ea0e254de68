/** The person's own record under {@code /api/residents/{id}/record}, as JSON and as a PDF. */
package org.homeward.personsrecord.api;

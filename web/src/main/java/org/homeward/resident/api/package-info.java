/**
 * The transition case API: {@code /api/institutions/{id}/residents} (list, admit, figures),
 * {@code /api/residents/{id}} (record, status and its history, readiness, focal point) and
 * {@code /api/caseload}. Nothing here answers the ministry but the figures.
 */
package org.homeward.resident.api;

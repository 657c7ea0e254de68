/** What is due in cases: {@code /api/residents/{id}/agenda}, {@code /api/caseload/agenda}, {@code /api/institutions/{id}/residents/overdue}. */
package org.homeward.agenda.api;

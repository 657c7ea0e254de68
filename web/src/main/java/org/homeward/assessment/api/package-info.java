/** Needs assessments under {@code /api/residents/{id}/assessments} and the frameworks under {@code /api/assessment-frameworks}. */
package org.homeward.assessment.api;

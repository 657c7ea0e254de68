/** Queries for needs assessments and their reference data. */
package org.homeward.assessment.control;

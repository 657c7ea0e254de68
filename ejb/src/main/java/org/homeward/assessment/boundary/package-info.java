/** Needs assessments of a person, dated and repeatable, and the frameworks they use. */
package org.homeward.assessment.boundary;

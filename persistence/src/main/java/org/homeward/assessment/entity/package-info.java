/** Needs assessments: frameworks and domains as reference data, ratings from each point of view. */
package org.homeward.assessment.entity;

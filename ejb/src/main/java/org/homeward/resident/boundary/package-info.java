/**
 * Transition cases: admitting a person, their record, the status of their move and its safeguards,
 * their focal point, caseloads, and the aggregate figures the committee and the ministry see.
 */
package org.homeward.resident.boundary;

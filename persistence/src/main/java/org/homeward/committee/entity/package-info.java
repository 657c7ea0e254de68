/**
 * An institution's deinstitutionalization management committee: its members, each speaking for a
 * constituency the WHO guidance asks to be represented, and its meetings.
 */
package org.homeward.committee.entity;

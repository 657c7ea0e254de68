package org.homeward.staff.entity;

/** What a staff member's concerns about the move to community services are about; job insecurity above all (WHO guidance 2.4.1). */
public enum ConcernCategory {
  JOB_SECURITY, PAY, LOCATION, SKILLS, OTHER
}

package org.homeward.staff.entity;

/** What a staff member does in the institution. */
public enum StaffRole {
  NURSE, PSYCHIATRIST, PSYCHOLOGIST, SOCIAL_WORKER, CARE_ASSISTANT, OCCUPATIONAL_THERAPIST, ADMINISTRATIVE, SUPPORT_SERVICES, OTHER
}

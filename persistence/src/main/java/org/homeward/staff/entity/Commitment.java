package org.homeward.staff.entity;

/** How far an applicant showed commitment to rights-based and recovery-oriented practice in the appraisal. */
public enum Commitment {
  STRONG, DEVELOPING, NOT_SHOWN
}

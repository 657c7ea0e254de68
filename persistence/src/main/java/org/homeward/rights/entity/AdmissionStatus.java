package org.homeward.rights.entity;

/** Whether a person lives in the institution of their own will or under a legal order. */
public enum AdmissionStatus {
  VOLUNTARY,
  INVOLUNTARY
}

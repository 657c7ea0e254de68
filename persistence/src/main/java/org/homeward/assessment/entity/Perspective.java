package org.homeward.assessment.entity;

/** Whose view a need rating gives. The person's own view comes first. */
public enum Perspective {
  PERSON,
  STAFF,
  CARER
}

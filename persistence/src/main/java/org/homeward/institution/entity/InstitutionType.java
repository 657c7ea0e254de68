package org.homeward.institution.entity;

/** Kind of institution, as DESIGN.md lists them. */
public enum InstitutionType {
  PSYCHIATRIC_HOSPITAL,
  SOCIAL_CARE_HOME,
  CHILDRENS_INSTITUTION,
  OTHER
}

package org.homeward.institution.entity;

/** Who runs the institution. */
public enum Ownership {
  PUBLIC,
  PRIVATE_GOVERNMENT_CONTRACT,
  NGO
}

package org.homeward.placement.entity;

/** Who holds the tenancy or licence of the home; a home of one's own is held by the person. */
public enum TenancyHolder {
  PERSON,
  PROVIDER,
  FAMILY,
  OTHER
}

package org.homeward.monitoring.boundary;

/**
 * The indicators Homeward computes (WHO guidance, Box 4, and the transitions the closures make).
 * Each is a numerator over a denominator; definitions, sources and DHIS2 codes are in
 * {@code docs/indicators.md} and the screen's help. Those about people can be broken down by sex,
 * age band and disability group, and their small counts are suppressed.
 */
public enum Indicator {
  /** Institutions not yet closed / (none). */
  INSTITUTIONS(false),
  /** People living in an institution on the day counted / institutions not yet closed. */
  RESIDENTS_PER_INSTITUTION(false),
  /** People the closures concern with a support plan agreed by the day counted / people the closures concern. */
  AGREED_PLAN(true),
  /** People the closures concern with an advance directive made, with support, by the day counted / people the closures concern. */
  ADVANCE_DIRECTIVE(true),
  /** People whose latest agreed plan addresses community inclusion and social connection / people with an agreed plan. */
  PLAN_COMMUNITY_INCLUSION(true),
  /** People offered peer support in an agreed plan / people the closures concern. */
  PEER_SUPPORT_OFFERED(true),
  /** People whose latest agreed plan records that they know how to complain and can reach the mechanism / people the closures concern. */
  COMPLAINTS_ACCESS(true),
  /** People with a supporter of their choosing for decisions on the day counted / people the closures concern. */
  SUPPORTED_DECISION_MAKING(true),
  /** People under guardianship or another restriction of legal capacity (as recorded now) / people the closures concern. */
  SUBSTITUTE_DECISION_MAKING(true),
  /** People who moved out in the period to their own home or tenancy / people who moved out in the period. */
  MOVED_TO_OWN_HOME(true),
  /** … to supported housing / people who moved out in the period. */
  MOVED_TO_SUPPORTED_HOUSING(true),
  /** … to shared housing / people who moved out in the period. */
  MOVED_TO_SHARED_HOUSING(true),
  /** … to live with family / people who moved out in the period. */
  MOVED_TO_FAMILY(true),
  /** … to a group, transitional or other setting / people who moved out in the period. */
  MOVED_TO_GROUP_OR_OTHER(true),
  /** People readmitted to an institution within 30 days of their move / people who moved out in the 12 months up to the day counted. */
  READMITTED_WITHIN_30_DAYS(true),
  /** … within 180 days of their move / the same. */
  READMITTED_WITHIN_180_DAYS(true),
  /** … within 365 days of their move / the same. */
  READMITTED_WITHIN_365_DAYS(true),
  /** Staff (not retired or gone) who completed the course on human rights / those staff. */
  STAFF_TRAINED_IN_RIGHTS(false);

  private final boolean aboutResidents;

  Indicator(boolean aboutResidents) {
    this.aboutResidents = aboutResidents;
  }

  /** Whether it counts residents, and so can be broken down by sex, age band and disability. */
  public boolean aboutResidents() {
    return aboutResidents;
  }
}

package org.homeward.monitoring.boundary;

/**
 * A row of the dashboard: a region of the country, or an institution of a region.
 *
 * @param key the region's name ("" for institutions without one), or the institution's id
 * @param institutionId the institution's id when the row is an institution, else null
 */
public record Area(String key, String name, Long institutionId) {

  public boolean isInstitution() {
    return institutionId != null;
  }
}

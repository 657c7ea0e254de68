package org.homeward.institution.boundary;

import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.institution.entity.InstitutionType;

/**
 * Filters of the institution list; any may be null.
 *
 * @param text part of the code, name or district, in any case
 */
public record InstitutionFilter(String text, String region, InstitutionType type, InstitutionStatus status) {

  public static InstitutionFilter none() {
    return new InstitutionFilter(null, null, null, null);
  }
}

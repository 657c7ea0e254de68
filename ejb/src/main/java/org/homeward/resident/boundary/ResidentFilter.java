package org.homeward.resident.boundary;

import org.homeward.resident.entity.ResidentStatus;

/**
 * What a list of residents is narrowed to.
 *
 * @param text part of the name or identifier; null for any
 * @param status null for any
 * @param complexSupportNeeds true for only those with complex support needs; null for any
 */
public record ResidentFilter(String text, ResidentStatus status, Boolean complexSupportNeeds) {

  public static ResidentFilter none() {
    return new ResidentFilter(null, null, null);
  }
}

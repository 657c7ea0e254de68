package org.homeward.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.monitoring.entity.Dhis2DataElement;

/** One line of the DHIS2 mapping: the data element code (and category option combo) for an indicator's numerator or denominator. */
public record Dhis2ElementJson(
    @Schema(readOnly = true) Long id,
    Long version,
    @Schema(readOnly = true) String indicator,
    @Schema(readOnly = true, enumeration = {"NUMERATOR", "DENOMINATOR"}) String part,
    String dataElement,
    String categoryOptionCombo) {

  static Dhis2ElementJson of(Dhis2DataElement e) {
    return new Dhis2ElementJson(e.getId(), e.getVersion(), e.getIndicator(), e.getPart().name(), e.getDataElement(), e.getCategoryOptionCombo());
  }
}

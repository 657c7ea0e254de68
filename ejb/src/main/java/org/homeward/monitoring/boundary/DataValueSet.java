package org.homeward.monitoring.boundary;

import java.util.List;

/**
 * Indicator figures as DHIS2 imports them ({@code POST /api/dataValueSets} with
 * {@code dataElementIdScheme=CODE&orgUnitIdScheme=CODE}): one value per data element, period and
 * org unit. Counts that are small or withheld are left out, and listed in {@code withheld} so that
 * the sender knows what DHIS2 will not receive.
 *
 * @param withheld "indicator part orgUnit" of each count left out
 */
public record DataValueSet(String period, List<DataValue> dataValues, List<String> withheld) {

  /** One value; {@code categoryOptionCombo} null for the data element's default. */
  public record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo, String value) {}
}

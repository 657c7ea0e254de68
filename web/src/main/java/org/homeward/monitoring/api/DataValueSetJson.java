package org.homeward.monitoring.api;

import java.util.List;
import org.homeward.monitoring.boundary.DataValueSet;

/** A DHIS2 {@code dataValueSets} document, nothing else in it, so that DHIS2 imports it as it is. */
public record DataValueSetJson(String period, List<DataValueSet.DataValue> dataValues) {

  public static DataValueSetJson of(DataValueSet set) {
    return new DataValueSetJson(set.period(), set.dataValues());
  }
}

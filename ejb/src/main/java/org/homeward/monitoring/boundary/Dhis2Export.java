package org.homeward.monitoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.monitoring.control.PublishedTable;
import org.homeward.monitoring.entity.Dhis2DataElement.Part;
import org.homeward.monitoring.entity.Dhis2DataElement;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * The indicators of a period as a DHIS2 data value set: for each area (region, or institution of a
 * region) the numerator and denominator that may be published, under the data element codes of the
 * mapping. Rates are left to DHIS2's own indicators, built from the two.
 */
@Stateless
@Secured
@Permit({Role.ADMIN, Role.MINISTRY})
public class Dhis2Export {

  @Inject Indicators indicators;
  @Inject Dhis2Mapping mapping;

  public DataValueSet dataValueSet(Period period, String region) {
    Map<String, Dhis2DataElement> elements = mapping.elements().stream()
        .collect(Collectors.toMap(e -> e.getIndicator() + "/" + e.getPart(), Function.identity()));
    List<DataValueSet.DataValue> values = new ArrayList<>();
    List<String> withheld = new ArrayList<>();
    for (IndicatorTable table : indicators.all(period, region, Breakdown.NONE)) {
      for (int row = 0; row < table.areas().size(); row++) {
        String orgUnit = table.areas().get(row).code();
        add(values, withheld, elements.get(table.indicator() + "/" + Part.NUMERATOR), table.numerator(), row, period, orgUnit, table);
        if (table.denominator() != null) {
          add(values, withheld, elements.get(table.indicator() + "/" + Part.DENOMINATOR), table.denominator(), row, period, orgUnit, table);
        } else if (table.perInstitution() != null && elements.containsKey(table.indicator() + "/" + Part.DENOMINATOR)) {
          Dhis2DataElement element = elements.get(table.indicator() + "/" + Part.DENOMINATOR);
          values.add(new DataValueSet.DataValue(element.getDataElement(), period.code(), orgUnit, element.getCategoryOptionCombo(),
              Long.toString(table.perInstitution()[row])));
        }
      }
    }
    return new DataValueSet(period.code(), values, withheld);
  }

  private static void add(List<DataValueSet.DataValue> values, List<String> withheld, Dhis2DataElement element, PublishedTable counts, int row,
      Period period, String orgUnit, IndicatorTable table) {
    if (element == null) {
      return;
    }
    Long value = counts.value(row, 0);
    if (value == null) {
      withheld.add(table.indicator() + " " + element.getPart() + " " + orgUnit);
    } else {
      values.add(new DataValueSet.DataValue(element.getDataElement(), period.code(), orgUnit, element.getCategoryOptionCombo(), Long.toString(value)));
    }
  }
}

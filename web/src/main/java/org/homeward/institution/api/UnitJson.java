package org.homeward.institution.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.homeward.institution.entity.Unit;

/** A unit or ward of an institution, as the API reads and writes it. */
@JsonbPropertyOrder({"id", "version", "name", "beds", "plannedClosureOn"})
public record UnitJson(Long id, Long version, String name, Integer beds, LocalDate plannedClosureOn) {

  static UnitJson of(Unit u) {
    return new UnitJson(u.getId(), u.getVersion(), u.getName(), u.getBeds(), u.getPlannedClosureOn());
  }

  Unit toUnit() {
    Unit unit = new Unit(name, beds, plannedClosureOn);
    if (version != null) {
      unit.setVersion(version);
    }
    return unit;
  }
}

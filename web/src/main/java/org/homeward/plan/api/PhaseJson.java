package org.homeward.plan.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.homeward.plan.entity.Phase;

@JsonbPropertyOrder({"id", "version", "name", "startsOn", "endsOn", "description"})
public record PhaseJson(Long id, Long version, String name, LocalDate startsOn, LocalDate endsOn, String description) {

  static PhaseJson of(Phase p) {
    return new PhaseJson(p.getId(), p.getVersion(), p.getName(), p.getStartsOn(), p.getEndsOn(), p.getDescription());
  }

  Phase toPhase() {
    Phase phase = new Phase(name, startsOn, endsOn, description);
    if (version != null) {
      phase.setVersion(version);
    }
    return phase;
  }
}

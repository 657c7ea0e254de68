package org.homeward.budget.api;

import java.math.BigDecimal;
import org.homeward.budget.entity.CostScenario;

/** A scenario: every move {@code delayMonths} later, unit {@code unitId} closing {@code unitDelayMonths} later, community cost changed by {@code communityCostPercent}. */
public record ScenarioJson(Long id, Long version, String name, Integer delayMonths, Long unitId, Integer unitDelayMonths,
    BigDecimal communityCostPercent) {

  static ScenarioJson of(CostScenario s) {
    return new ScenarioJson(s.getId(), s.getVersion(), s.getName(), s.getDelayMonths(), s.getUnitId(), s.getUnitDelayMonths(),
        s.getCommunityCostPercent());
  }

  CostScenario toScenario() {
    return new CostScenario(name, delayMonths == null ? 0 : delayMonths, unitId, unitDelayMonths == null ? 0 : unitDelayMonths,
        communityCostPercent == null ? BigDecimal.ZERO : communityCostPercent);
  }
}

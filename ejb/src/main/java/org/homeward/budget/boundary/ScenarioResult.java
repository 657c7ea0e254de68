package org.homeward.budget.boundary;

import java.io.Serializable;
import org.homeward.budget.control.Projection;
import org.homeward.budget.entity.CostScenario;

/** One column of a comparison: a scenario (null for the baseline) and its projection. */
public record ScenarioResult(CostScenario scenario, Projection projection) implements Serializable {

  public boolean baseline() {
    return scenario == null;
  }
}

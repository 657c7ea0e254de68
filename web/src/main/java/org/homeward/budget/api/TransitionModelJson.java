package org.homeward.budget.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.budget.entity.UnitStepCost;
import org.homeward.institution.entity.Unit;

/**
 * An institution's transition model inputs. Months are dates on their first day. {@code unitCosts}
 * names each unit's monthly step cost; its beds and planned closure are the unit's own (read-only here).
 * A first save has no version; every later one names the version it was based on.
 */
@JsonbPropertyOrder({"id", "version", "institutionId", "currency", "startOn", "months", "residents", "fixedMonthlyCost",
    "costPerResidentMonth", "unitCosts", "setUpCostPerPlace", "communityCostLow", "communityCostModerate", "communityCostHigh",
    "staffToTrain", "trainingCostPerStaff", "annualInflationPercent", "plannedMovesPerMonth", "plannedMovesFrom",
    "admissionsPerMonth", "admissionsUntil"})
public record TransitionModelJson(
    Long id,
    Long version,
    Long institutionId,
    String currency,
    LocalDate startOn,
    Integer months,
    Integer residents,
    BigDecimal fixedMonthlyCost,
    BigDecimal costPerResidentMonth,
    List<UnitCostJson> unitCosts,
    BigDecimal setUpCostPerPlace,
    BigDecimal communityCostLow,
    BigDecimal communityCostModerate,
    BigDecimal communityCostHigh,
    Integer staffToTrain,
    BigDecimal trainingCostPerStaff,
    BigDecimal annualInflationPercent,
    Integer plannedMovesPerMonth,
    LocalDate plannedMovesFrom,
    Integer admissionsPerMonth,
    LocalDate admissionsUntil) {

  /** A unit's step cost, with what the model reads from the unit itself. */
  public record UnitCostJson(Long unitId, String unitName, Integer beds, LocalDate plannedClosureOn, BigDecimal monthlyStepCost) {}

  static TransitionModelJson of(TransitionModel m, long institutionId, List<Unit> units) {
    return new TransitionModelJson(m.getId(), m.getId() == null ? null : m.getVersion(), institutionId, m.getCurrency(), m.getStartOn(),
        m.getMonths(), m.getResidents(), m.getFixedMonthlyCost(), m.getCostPerResidentMonth(),
        units.stream().map(u -> new UnitCostJson(u.getId(), u.getName(), u.getBeds(), u.getPlannedClosureOn(), m.stepCostOf(u.getId()))).toList(),
        m.getSetUpCostPerPlace(), m.getCommunityCostLow(), m.getCommunityCostModerate(), m.getCommunityCostHigh(), m.getStaffToTrain(),
        m.getTrainingCostPerStaff(), m.getAnnualInflationPercent(), m.getPlannedMovesPerMonth(), m.getPlannedMovesFrom(),
        m.getAdmissionsPerMonth(), m.getAdmissionsUntil());
  }

  TransitionModel toModel() {
    TransitionModel m = new TransitionModel();
    m.setVersion(version == null ? -1 : version);
    m.setCurrency(currency);
    m.setStartOn(startOn);
    m.setMonths(months);
    m.setResidents(residents);
    m.setFixedMonthlyCost(fixedMonthlyCost);
    m.setCostPerResidentMonth(costPerResidentMonth);
    m.setSetUpCostPerPlace(setUpCostPerPlace);
    m.setCommunityCostLow(communityCostLow);
    m.setCommunityCostModerate(communityCostModerate);
    m.setCommunityCostHigh(communityCostHigh);
    m.setStaffToTrain(staffToTrain == null ? 0 : staffToTrain);
    m.setTrainingCostPerStaff(trainingCostPerStaff == null ? BigDecimal.ZERO : trainingCostPerStaff);
    m.setAnnualInflationPercent(annualInflationPercent == null ? BigDecimal.ZERO : annualInflationPercent);
    m.setPlannedMovesPerMonth(plannedMovesPerMonth);
    m.setPlannedMovesFrom(plannedMovesFrom);
    m.setAdmissionsPerMonth(admissionsPerMonth);
    m.setAdmissionsUntil(admissionsUntil);
    List<UnitStepCost> costs = new ArrayList<>();
    if (unitCosts != null) {
      unitCosts.stream().filter(c -> c != null).forEach(c -> costs.add(new UnitStepCost(c.unitId(), c.monthlyStepCost())));
    }
    m.setUnitCosts(costs);
    return m;
  }
}

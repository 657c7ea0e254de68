package org.homeward.budget.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.homeward.budget.control.TransitionInputs.Move;
import org.homeward.budget.control.TransitionInputs.UnitCost;
import org.homeward.budget.entity.SupportIntensity;

/**
 * What a scenario changes in the baseline: all moves later, one unit closing later, community
 * support dearer (or cheaper). Zero changes nothing.
 *
 * <p>Delaying all moves delays every unit's closure by as much: a unit cannot close before its
 * residents have left, so a delay of the moves is a delay of the closure.
 *
 * @param delayMonths months by which every move (and so every closure) comes later
 * @param unit the name of the unit that closes later, or null
 * @param unitDelayMonths months by which that unit closes later
 * @param communityCostPercent change of the monthly community cost, in percent (10 means +10%)
 */
public record ScenarioChange(int delayMonths, String unit, int unitDelayMonths, BigDecimal communityCostPercent) {

  public static final ScenarioChange NONE = new ScenarioChange(0, null, 0, BigDecimal.ZERO);

  /** The baseline's inputs as this scenario has them. */
  public TransitionInputs applyTo(TransitionInputs baseline) {
    List<Move> moves = baseline.moves().stream()
        .map(m -> new Move(m.month().plusMonths(delayMonths), m.people(), m.intensity(), m.unit()))
        .toList();
    List<UnitCost> units = baseline.units().stream()
        .map(u -> u.closesIn() == null ? u : new UnitCost(u.name(), u.beds(), u.monthlyStepCost(),
            u.closesIn().plusMonths(delayMonths + (u.name() != null && u.name().equals(unit) ? unitDelayMonths : 0))))
        .toList();
    Map<SupportIntensity, BigDecimal> community = new EnumMap<>(SupportIntensity.class);
    BigDecimal factor = BigDecimal.ONE.add(communityCostPercent == null ? BigDecimal.ZERO : communityCostPercent.movePointLeft(2));
    baseline.communityMonthlyCost().forEach((k, cost) -> community.put(k, cost.multiply(factor).setScale(2, RoundingMode.HALF_UP)));
    return baseline.with(units, moves, community);
  }
}

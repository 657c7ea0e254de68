package org.homeward.budget.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.homeward.budget.control.TransitionInputs.Admission;
import org.homeward.budget.control.TransitionInputs.Move;
import org.homeward.budget.control.TransitionInputs.UnitCost;
import org.homeward.budget.control.TransitionModelRepository.PlannedMove;
import org.homeward.budget.entity.SupportIntensity;
import org.homeward.budget.entity.TransitionModel;
import org.homeward.institution.entity.Unit;

/**
 * Turns what is stored (the model's costs, the institution's units, the residents' planned moves)
 * into the model's inputs. Residents with a planned move date move on it (in the start month if it
 * has passed); the rest move at the planned monthly count, from its first month, until everyone
 * counted at the start has a move. A resident with complex support needs counts at the high
 * support intensity, everyone else at the moderate one.
 */
public final class ModelInputs {

  private ModelInputs() {}

  public static TransitionInputs of(TransitionModel model, List<Unit> units, List<PlannedMove> dated) {
    YearMonth start = YearMonth.from(model.getStartOn());
    List<UnitCost> unitCosts = units.stream()
        .map(u -> new UnitCost(u.getName(), u.getBeds() == null ? 0 : u.getBeds(), model.stepCostOf(u.getId()),
            u.getPlannedClosureOn() == null ? null : YearMonth.from(u.getPlannedClosureOn())))
        .toList();
    List<Move> moves = new ArrayList<>();
    for (PlannedMove planned : dated) {
      YearMonth month = YearMonth.from(planned.moveOn());
      moves.add(new Move(month.isBefore(start) ? start : month, 1,
          planned.complexSupportNeeds() ? SupportIntensity.HIGH : SupportIntensity.MODERATE, planned.unit()));
    }
    int undated = value(model.getResidents()) - dated.size();
    if (model.getPlannedMovesPerMonth() != null && model.getPlannedMovesPerMonth() > 0 && model.getPlannedMovesFrom() != null) {
      YearMonth month = YearMonth.from(model.getPlannedMovesFrom());
      while (undated > 0) {
        int people = Math.min(undated, model.getPlannedMovesPerMonth());
        moves.add(new Move(month, people, SupportIntensity.MODERATE, null));
        undated -= people;
        month = month.plusMonths(1);
      }
    }
    List<Admission> admissions = new ArrayList<>();
    if (model.getAdmissionsPerMonth() != null && model.getAdmissionsPerMonth() > 0 && model.getAdmissionsUntil() != null) {
      for (YearMonth month = start; !month.isAfter(YearMonth.from(model.getAdmissionsUntil())); month = month.plusMonths(1)) {
        admissions.add(new Admission(month, model.getAdmissionsPerMonth()));
      }
    }
    Map<SupportIntensity, BigDecimal> community = new EnumMap<>(SupportIntensity.class);
    community.put(SupportIntensity.LOW, model.getCommunityCostLow());
    community.put(SupportIntensity.MODERATE, model.getCommunityCostModerate());
    community.put(SupportIntensity.HIGH, model.getCommunityCostHigh());
    return new TransitionInputs(start, value(model.getMonths()), model.getCurrency(), model.getFixedMonthlyCost(), model.getCostPerResidentMonth(),
        value(model.getResidents()), unitCosts, moves, admissions, model.getSetUpCostPerPlace(), community, value(model.getStaffToTrain()),
        model.getTrainingCostPerStaff(), model.getAnnualInflationPercent());
  }

  private static int value(Integer number) {
    return number == null ? 0 : number;
  }
}

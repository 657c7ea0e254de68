package org.homeward.budget.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.budget.control.Projection.DoubleFunding;
import org.homeward.budget.control.Projection.MonthCost;
import org.homeward.budget.control.TransitionInputs.Admission;
import org.homeward.budget.control.TransitionInputs.Move;
import org.homeward.budget.control.TransitionInputs.UnitCost;
import org.homeward.budget.entity.SupportIntensity;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;

/**
 * Projects, month by month, what an institution still costs and what community support for the
 * people who have left it costs, and from that the double funding the closure needs.
 *
 * <p>Why the overlap exists: an institution's costs are largely fixed (buildings, night shifts,
 * kitchens), so they fall slowly as people leave; the cost per remaining resident rises. Money is
 * released in steps, when a whole unit closes, and in full only when the last unit does. Community
 * support, meanwhile, has to be set up and paid from the day each person moves.
 *
 * <p>Conventions, the same everywhere: a move in a month takes the person off the institution's
 * roll and onto community support from that month, with the place's set-up cost in the same month;
 * a unit closing in a month costs nothing from that month, and then the residents still there must
 * fit into the beds of the units still open; staff training is paid in the month of the first move;
 * prices rise by the annual inflation at each anniversary of the start; every figure is rounded to
 * the cent (half up) per month and component, and totals add the rounded figures.
 *
 * <p>Stateless and free of the container, so it can be unit-tested and benchmarked directly.
 */
public final class TransitionCostModel {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private TransitionCostModel() {}

  /** The projection for {@code inputs}; refuses inputs that cannot happen, every bad field at once. */
  public static Projection project(TransitionInputs inputs) {
    InvalidInputException.throwIfAny(errors(inputs));
    int n = inputs.months();
    SupportIntensity[] intensities = SupportIntensity.values();
    int[][] movesIn = new int[intensities.length][n];
    int[] admittedIn = new int[n];
    for (Move move : inputs.moves()) {
      int i = inputs.index(move.month());
      if (i < n) {
        movesIn[move.intensity().ordinal()][i] += move.people();
      }
    }
    for (Admission admission : inputs.admissions()) {
      int i = inputs.index(admission.month());
      if (i < n) {
        admittedIn[i] += admission.people();
      }
    }
    int firstMove = -1;
    for (int i = 0; i < n && firstMove < 0; i++) {
      for (int[] byMonth : movesIn) {
        if (byMonth[i] > 0) {
          firstMove = i;
        }
      }
    }

    BigDecimal allSteps = BigDecimal.ZERO;
    for (UnitCost unit : inputs.units()) {
      allSteps = allSteps.add(unit.monthlyStepCost());
    }
    BigDecimal baselineToday = inputs.fixedMonthlyCost().add(inputs.costPerResidentMonth().multiply(BigDecimal.valueOf(inputs.residents())))
        .add(allSteps);
    BigDecimal training = inputs.trainingCostPerStaff().multiply(BigDecimal.valueOf(inputs.staffToTrain()));
    BigDecimal[] communityCost = new BigDecimal[intensities.length];
    for (SupportIntensity k : intensities) {
      communityCost[k.ordinal()] = inputs.communityMonthlyCost().getOrDefault(k, BigDecimal.ZERO);
    }

    List<MonthCost> months = new ArrayList<>(n);
    int[] supported = new int[intensities.length];
    int residents = inputs.residents();
    int moved = 0;
    BigDecimal index = BigDecimal.ONE;
    BigDecimal yearly = BigDecimal.ONE.add(inputs.annualInflationPercent().divide(HUNDRED));
    for (int i = 0; i < n; i++) {
      if (i > 0 && i % 12 == 0) {
        index = index.multiply(yearly);
      }
      int movesThisMonth = 0;
      BigDecimal community = BigDecimal.ZERO;
      for (int k = 0; k < intensities.length; k++) {
        movesThisMonth += movesIn[k][i];
        supported[k] += movesIn[k][i];
        community = community.add(communityCost[k].multiply(BigDecimal.valueOf(supported[k])));
      }
      moved += movesThisMonth;
      residents += admittedIn[i] - movesThisMonth;

      BigDecimal openSteps = BigDecimal.ZERO;
      BigDecimal closing = BigDecimal.ZERO;
      boolean open = inputs.units().isEmpty() ? residents > 0 : false;
      for (UnitCost unit : inputs.units()) {
        int closesAt = unit.closesIn() == null ? Integer.MAX_VALUE : inputs.index(unit.closesIn());
        if (i < closesAt) {
          open = true;
          openSteps = openSteps.add(unit.monthlyStepCost());
        } else if (i == closesAt) {
          closing = closing.add(unit.monthlyStepCost());
        }
      }
      BigDecimal institution = open
          ? cents(inputs.fixedMonthlyCost().add(inputs.costPerResidentMonth().multiply(BigDecimal.valueOf(residents))).add(openSteps), index)
          : ZERO;
      BigDecimal oneOffToday = inputs.setUpCostPerPlace().multiply(BigDecimal.valueOf(movesThisMonth));
      if (i == firstMove) {
        oneOffToday = oneOffToday.add(training);
      }
      BigDecimal oneOff = cents(oneOffToday, index);
      BigDecimal communityNow = cents(community, index);
      BigDecimal total = institution.add(communityNow).add(oneOff);
      BigDecimal baseline = cents(baselineToday, index);
      months.add(new MonthCost(inputs.month(i), residents, moved, institution, communityNow, oneOff, total, baseline,
          total.subtract(baseline).max(ZERO), cents(closing, index), open ? perResident(institution, residents) : null));
    }
    return new Projection(inputs.currency(), months, DoubleFunding.of(months));
  }

  /** The institution's cost per resident, to the cent; null when no one remains. */
  static BigDecimal perResident(BigDecimal institution, int residents) {
    return residents > 0 ? institution.divide(BigDecimal.valueOf(residents), 2, RoundingMode.HALF_UP) : null;
  }

  private static BigDecimal cents(BigDecimal amount, BigDecimal index) {
    return amount.multiply(index).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * What is wrong with {@code inputs}, field by field, named as in the API: negative amounts, moves
   * before the start, more moves than people, and a unit that closes while more people still live
   * in the institution than the units left open have beds for (or before its own residents move).
   */
  public static List<FieldError> errors(TransitionInputs inputs) {
    List<FieldError> errors = new ArrayList<>();
    if (inputs.start() == null) {
      errors.add(new FieldError("start", "{budget.model.start.required}"));
      return errors;
    }
    if (inputs.months() < 1 || inputs.months() > TransitionInputs.MONTHS_MAX) {
      errors.add(new FieldError("months", "{budget.model.months.range}"));
    }
    if (inputs.residents() < 0) {
      errors.add(new FieldError("residents", "{budget.model.amount.negative}"));
    }
    if (inputs.staffToTrain() < 0) {
      errors.add(new FieldError("staffToTrain", "{budget.model.amount.negative}"));
    }
    nonNegative(errors, "fixedMonthlyCost", inputs.fixedMonthlyCost());
    nonNegative(errors, "costPerResidentMonth", inputs.costPerResidentMonth());
    nonNegative(errors, "setUpCostPerPlace", inputs.setUpCostPerPlace());
    nonNegative(errors, "trainingCostPerStaff", inputs.trainingCostPerStaff());
    if (inputs.annualInflationPercent() == null || inputs.annualInflationPercent().compareTo(BigDecimal.valueOf(-50)) < 0
        || inputs.annualInflationPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
      errors.add(new FieldError("annualInflationPercent", "{budget.model.inflation.range}"));
    }
    for (Map.Entry<SupportIntensity, BigDecimal> cost : inputs.communityMonthlyCost().entrySet()) {
      nonNegative(errors, "communityMonthlyCost." + cost.getKey().name(), cost.getValue());
    }
    for (int u = 0; u < inputs.units().size(); u++) {
      UnitCost unit = inputs.units().get(u);
      nonNegative(errors, "units[" + u + "].monthlyStepCost", unit.monthlyStepCost());
      if (unit.beds() < 0) {
        errors.add(new FieldError("units[" + u + "].beds", "{budget.model.amount.negative}"));
      }
    }
    int total = inputs.residents();
    for (int a = 0; a < inputs.admissions().size(); a++) {
      Admission admission = inputs.admissions().get(a);
      if (admission.people() < 0) {
        errors.add(new FieldError("admissions[" + a + "].people", "{budget.model.amount.negative}"));
      } else if (inputs.index(admission.month()) < 0) {
        errors.add(new FieldError("admissions[" + a + "].month", "{budget.model.month.beforeStart}"));
      } else {
        total += admission.people();
      }
    }
    int moving = 0;
    for (int m = 0; m < inputs.moves().size(); m++) {
      Move move = inputs.moves().get(m);
      if (move.people() < 1) {
        errors.add(new FieldError("moves[" + m + "].people", "{budget.model.moves.people}"));
      } else if (inputs.index(move.month()) < 0) {
        errors.add(new FieldError("moves[" + m + "].month", "{budget.model.month.beforeStart}"));
      } else {
        moving += move.people();
        unitClosedBefore(inputs, move).ifPresent(u -> errors.add(new FieldError("units[" + u + "].closesIn", "{budget.model.unit.closesBeforeMoves}")));
      }
    }
    if (moving > total) {
      errors.add(new FieldError("moves", "{budget.model.moves.moreThanResidents}"));
    }
    if (errors.isEmpty()) {
      overfullClosures(inputs, errors);
    }
    return errors.stream().distinct().toList();
  }

  private static java.util.Optional<Integer> unitClosedBefore(TransitionInputs inputs, Move move) {
    for (int u = 0; u < inputs.units().size(); u++) {
      UnitCost unit = inputs.units().get(u);
      if (unit.name() != null && unit.name().equals(move.unit()) && unit.closesIn() != null && !move.month().isBefore(unit.closesIn())) {
        return java.util.Optional.of(u);
      }
    }
    return java.util.Optional.empty();
  }

  /** A unit that closes while more people remain than the open units have beds for: it would put people out with nowhere to go. */
  private static void overfullClosures(TransitionInputs inputs, List<FieldError> errors) {
    for (int u = 0; u < inputs.units().size(); u++) {
      UnitCost closing = inputs.units().get(u);
      if (closing.closesIn() == null || inputs.index(closing.closesIn()) < 0) {
        continue;
      }
      int remaining = inputs.residents();
      for (Move move : inputs.moves()) {
        remaining -= move.month().isAfter(closing.closesIn()) ? 0 : move.people();
      }
      for (Admission admission : inputs.admissions()) {
        remaining += admission.month().isAfter(closing.closesIn()) ? 0 : admission.people();
      }
      int beds = 0;
      for (UnitCost unit : inputs.units()) {
        beds += unit.closesIn() == null || unit.closesIn().isAfter(closing.closesIn()) ? unit.beds() : 0;
      }
      if (remaining > beds) {
        errors.add(new FieldError("units[" + u + "].closesIn", "{budget.model.unit.closesBeforeMoves}"));
      }
    }
  }

  private static void nonNegative(List<FieldError> errors, String field, BigDecimal amount) {
    if (amount == null) {
      errors.add(new FieldError(field, "{budget.model.amount.required}"));
    } else if (amount.signum() < 0) {
      errors.add(new FieldError(field, "{budget.model.amount.negative}"));
    }
  }
}

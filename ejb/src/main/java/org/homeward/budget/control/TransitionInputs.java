package org.homeward.budget.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.homeward.budget.entity.SupportIntensity;

/**
 * Everything the transition cost model needs for one institution, in today's prices. Amounts are
 * per month unless named otherwise; all in {@code currency}.
 *
 * @param start the first month of the projection, priced at today's prices
 * @param months how many months to project
 * @param residents people living in the institution at the start
 * @param units the institution's units with their step costs and planned closures; none means the
 *     institution runs as one and closes when its last resident has moved
 * @param moves the schedule of moves: each resident's planned move, or a planned count per month
 * @param admissions new admissions still expected (if any)
 * @param staffToTrain staff to be trained for community services, paid in the month of the first move
 * @param annualInflationPercent price rise per year, applied at each anniversary of {@code start}
 */
public record TransitionInputs(
    YearMonth start,
    int months,
    String currency,
    BigDecimal fixedMonthlyCost,
    BigDecimal costPerResidentMonth,
    int residents,
    List<UnitCost> units,
    List<Move> moves,
    List<Admission> admissions,
    BigDecimal setUpCostPerPlace,
    Map<SupportIntensity, BigDecimal> communityMonthlyCost,
    int staffToTrain,
    BigDecimal trainingCostPerStaff,
    BigDecimal annualInflationPercent) {

  public static final int MONTHS_MAX = 600;

  public TransitionInputs {
    units = units == null ? List.of() : List.copyOf(units);
    moves = moves == null ? List.of() : List.copyOf(moves);
    admissions = admissions == null ? List.of() : List.copyOf(admissions);
    communityMonthlyCost = communityMonthlyCost == null ? Map.of() : Map.copyOf(communityMonthlyCost);
  }

  /** A unit: its beds, what it costs per month on top of the fixed costs, and the month it closes (from which it costs nothing). */
  public record UnitCost(String name, int beds, BigDecimal monthlyStepCost, YearMonth closesIn) {}

  /**
   * People leaving in a month, paid by community services from that month on. {@code unit} names the
   * unit they leave, where known, so a unit cannot close before its own residents have gone.
   */
  public record Move(YearMonth month, int people, SupportIntensity intensity, String unit) {}

  /** People newly admitted in a month, living in the institution from that month on. */
  public record Admission(YearMonth month, int people) {}

  /** The same inputs with another schedule of moves and closures, and other community prices: what a scenario changes. */
  public TransitionInputs with(List<UnitCost> otherUnits, List<Move> otherMoves, Map<SupportIntensity, BigDecimal> otherCommunityCost) {
    return new TransitionInputs(start, months, currency, fixedMonthlyCost, costPerResidentMonth, residents, otherUnits, otherMoves,
        admissions, setUpCostPerPlace, otherCommunityCost, staffToTrain, trainingCostPerStaff, annualInflationPercent);
  }

  /** The month {@code index} months after the start. */
  public YearMonth month(int index) {
    return start.plusMonths(index);
  }

  /** How many months {@code month} lies after the start (negative before it). */
  public int index(YearMonth month) {
    return (int) start.until(month, java.time.temporal.ChronoUnit.MONTHS);
  }
}

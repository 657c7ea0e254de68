package org.homeward.budget.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.budget.control.Projection.DoubleFunding;
import org.homeward.budget.control.Projection.MonthCost;
import org.homeward.budget.control.TransitionInputs.Move;
import org.homeward.budget.control.TransitionInputs.UnitCost;
import org.homeward.budget.entity.SupportIntensity;
import org.homeward.problem.FieldError;
import org.homeward.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model on a closure worked out by hand.
 *
 * <p>A 100-bed institution with 100 residents: fixed costs 200,000 a month, 1,500 per resident-month,
 * three units with step costs of 40,000 (A, 40 beds), 30,000 (B, 30 beds) and 30,000 (C, 30 beds):
 * 450,000 a month before the transition. From February 2027 (month 1) to January 2029 (month 24)
 * people move: 5 a month for four months, then 4 a month for twenty. Each costs 2,000 a month in the
 * community and 5,000 to set up. C closes in September 2027 (month 8), B in April 2028 (15), A in
 * February 2029 (25).
 *
 * <p>With M people moved, the month's total is 200,000 + 1,500 (100 − M) + open steps + 2,000 M +
 * set-up = 350,000 + 500 M + steps + set-up, so double funding = 500 M + steps − 100,000 + set-up:
 * months 1–4: 27,500, 30,000, 32,500, 35,000; months 5–7: 32,000, 34,000, <b>36,000</b> (the peak,
 * August 2027); months 8–14 (steps 70,000): 8,000 rising by 2,000 to 20,000; months 15–19 (steps
 * 40,000): none; months 20–24: 2,000 to 10,000. Total 125,000 + 102,000 + 98,000 + 30,000 =
 * 355,000. From February 2029 only community support is paid: 200,000, a saving of 250,000 a month.
 */
class TransitionCostModelTest {

  static final YearMonth START = YearMonth.of(2027, 1);

  static List<Move> schedule() {
    List<Move> moves = new ArrayList<>();
    for (int t = 1; t <= 24; t++) {
      moves.add(new Move(START.plusMonths(t), t <= 4 ? 5 : 4, SupportIntensity.MODERATE, null));
    }
    return moves;
  }

  static List<UnitCost> units(int closesC) {
    return List.of(
        new UnitCost("A", 40, new BigDecimal("40000"), START.plusMonths(25)),
        new UnitCost("B", 30, new BigDecimal("30000"), START.plusMonths(15)),
        new UnitCost("C", 30, new BigDecimal("30000"), START.plusMonths(closesC)));
  }

  static TransitionInputs hundredBeds(List<UnitCost> units, List<Move> moves, int staffToTrain, String inflation) {
    return new TransitionInputs(START, 36, "EUR", new BigDecimal("200000"), new BigDecimal("1500"), 100, units, moves, List.of(),
        new BigDecimal("5000"),
        Map.of(SupportIntensity.LOW, new BigDecimal("1200"), SupportIntensity.MODERATE, new BigDecimal("2000"),
            SupportIntensity.HIGH, new BigDecimal("3500")),
        staffToTrain, new BigDecimal("800"), new BigDecimal(inflation));
  }

  static TransitionInputs baseline() {
    return hundredBeds(units(8), schedule(), 0, "0");
  }

  static BigDecimal eur(String amount) {
    return new BigDecimal(amount).setScale(2);
  }

  @Test
  void theHandCheckedClosureNeeds355000OfDoubleFundingPeakingInAugust2027() {
    DoubleFunding df = TransitionCostModel.project(baseline()).doubleFunding();

    assertThat(df.overlapStart()).isEqualTo(YearMonth.of(2027, 2));
    assertThat(df.overlapEnd()).isEqualTo(YearMonth.of(2029, 1));
    assertThat(df.first()).isEqualTo(YearMonth.of(2027, 2));
    assertThat(df.peakMonth()).isEqualTo(YearMonth.of(2027, 8));
    assertThat(df.peak()).isEqualTo(eur("36000"));
    assertThat(df.total()).isEqualTo(eur("355000"));
    assertThat(df.end()).isEqualTo(YearMonth.of(2029, 1));
    assertThat(df.closedIn()).isEqualTo(YearMonth.of(2029, 2));
    assertThat(df.monthlySaving()).isEqualTo(eur("250000"));
  }

  @Test
  void eachMonthAddsUpAndDoubleFundingGoesAwayWhileTwoUnitsAreClosedThenComesBack() {
    List<MonthCost> months = TransitionCostModel.project(baseline()).months();

    assertThat(months).hasSize(36);
    assertThat(months.get(0).total()).isEqualTo(eur("450000"));
    assertThat(months.get(0).doubleFunding()).isEqualTo(eur("0"));
    MonthCost february = months.get(1);
    assertThat(february.institution()).isEqualTo(eur("442500"));
    assertThat(february.community()).isEqualTo(eur("10000"));
    assertThat(february.oneOff()).isEqualTo(eur("25000"));
    assertThat(february.doubleFunding()).isEqualTo(eur("27500"));
    assertThat(months.subList(15, 20)).allSatisfy(m -> assertThat(m.doubleFunding()).isEqualTo(eur("0")));
    assertThat(months.get(24).institution()).isEqualTo(eur("240000"));
    assertThat(months.get(24).doubleFunding()).isEqualTo(eur("10000"));
    assertThat(months.get(25).institution()).isEqualTo(eur("0"));
    assertThat(months.get(25).total()).isEqualTo(eur("200000"));
  }

  @Test
  void theCostPerRemainingResidentRisesAndAClosingUnitReleasesItsStepCost() {
    List<MonthCost> months = TransitionCostModel.project(baseline()).months();

    assertThat(months.get(0).costPerResident()).isEqualTo(eur("4500"));
    assertThat(months.get(14).residents()).isEqualTo(40);
    assertThat(months.get(14).costPerResident()).isEqualTo(eur("8250"));
    assertThat(months.get(24).costPerResident()).isNull();
    assertThat(months.get(8).released()).isEqualTo(eur("30000"));
    assertThat(months.get(15).released()).isEqualTo(eur("30000"));
    assertThat(months.get(25).released()).isEqualTo(eur("40000"));
    assertThat(months.get(9).released()).isEqualTo(eur("0"));
  }

  @Test
  void staffTrainingIsPaidInTheMonthOfTheFirstMove() {
    DoubleFunding df = TransitionCostModel.project(hundredBeds(units(8), schedule(), 60, "0")).doubleFunding();

    assertThat(df.peakMonth()).isEqualTo(YearMonth.of(2027, 2));
    assertThat(df.peak()).isEqualTo(eur("75500"));
    assertThat(df.total()).isEqualTo(eur("403000"));
  }

  @Test
  void withoutMovesThereIsNoDoubleFundingAndNoClosure() {
    DoubleFunding df = TransitionCostModel.project(hundredBeds(List.of(
        new UnitCost("A", 40, new BigDecimal("40000"), null),
        new UnitCost("B", 30, new BigDecimal("30000"), null),
        new UnitCost("C", 30, new BigDecimal("30000"), null)), List.of(), 60, "0")).doubleFunding();

    assertThat(df.first()).isNull();
    assertThat(df.peakMonth()).isNull();
    assertThat(df.total()).isEqualTo(eur("0"));
    assertThat(df.overlapStart()).isNull();
    assertThat(df.closedIn()).isNull();
    assertThat(df.monthlySaving()).isNull();
  }

  @Test
  void everyoneMovingInOneMonthPutsAllTheDoubleFundingIntoThatMonth() {
    YearMonth march = YearMonth.of(2027, 3);
    List<UnitCost> closeInMarch = List.of(
        new UnitCost("A", 40, new BigDecimal("40000"), march),
        new UnitCost("B", 30, new BigDecimal("30000"), march),
        new UnitCost("C", 30, new BigDecimal("30000"), march));
    DoubleFunding df = TransitionCostModel.project(hundredBeds(closeInMarch,
        List.of(new Move(YearMonth.of(2027, 2), 100, SupportIntensity.MODERATE, null)), 0, "0")).doubleFunding();

    assertThat(df.first()).isEqualTo(YearMonth.of(2027, 2));
    assertThat(df.end()).isEqualTo(YearMonth.of(2027, 2));
    assertThat(df.peak()).isEqualTo(eur("550000"));
    assertThat(df.total()).isEqualTo(eur("550000"));
    assertThat(df.closedIn()).isEqualTo(march);
    assertThat(df.monthlySaving()).isEqualTo(eur("250000"));
  }

  @Test
  void pricesRiseAtEachAnniversaryOfTheStart() {
    List<MonthCost> flat = TransitionCostModel.project(baseline()).months();
    List<MonthCost> inflated = TransitionCostModel.project(hundredBeds(units(8), schedule(), 0, "10")).months();

    assertThat(inflated.get(11).total()).isEqualTo(flat.get(11).total());
    assertThat(inflated.get(12).baseline()).isEqualTo(eur("495000"));
    assertThat(inflated.get(13).doubleFunding()).isEqualTo(flat.get(13).doubleFunding().multiply(new BigDecimal("1.1")).setScale(2));
    assertThat(inflated.get(30).total()).isEqualTo(eur("242000"));
  }

  @Test
  void aUnitClosingWhileMorePeopleRemainThanTheOpenUnitsHaveBedsIsRefused() {
    assertThat(TransitionCostModel.errors(hundredBeds(units(2), schedule(), 0, "0")))
        .containsExactly(new FieldError("units[2].closesIn", "{budget.model.unit.closesBeforeMoves}"));
    assertThatThrownBy(() -> TransitionCostModel.project(hundredBeds(units(2), schedule(), 0, "0")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aUnitClosingBeforeItsOwnResidentsMoveIsRefused() {
    List<Move> moves = new ArrayList<>(schedule());
    moves.set(10, new Move(START.plusMonths(11), 4, SupportIntensity.HIGH, "C"));

    assertThat(TransitionCostModel.errors(hundredBeds(units(8), moves, 0, "0")))
        .containsExactly(new FieldError("units[2].closesIn", "{budget.model.unit.closesBeforeMoves}"));
  }

  @ParameterizedTest(name = "{0} = {1} is refused on {2}")
  @CsvSource({
    "fixed cost,        -1,  fixedMonthlyCost",
    "inflation,         101, annualInflationPercent",
    "months,            0,   months",
  })
  void negativeOrImpossibleFiguresAreRefusedByField(String what, String value, String field) {
    TransitionInputs b = baseline();
    TransitionInputs bad = switch (field) {
      case "fixedMonthlyCost" -> new TransitionInputs(START, 36, "EUR", new BigDecimal(value), b.costPerResidentMonth(), 100, b.units(),
          b.moves(), List.of(), b.setUpCostPerPlace(), b.communityMonthlyCost(), 0, b.trainingCostPerStaff(), BigDecimal.ZERO);
      case "annualInflationPercent" -> new TransitionInputs(START, 36, "EUR", b.fixedMonthlyCost(), b.costPerResidentMonth(), 100,
          b.units(), b.moves(), List.of(), b.setUpCostPerPlace(), b.communityMonthlyCost(), 0, b.trainingCostPerStaff(), new BigDecimal(value));
      default -> new TransitionInputs(START, Integer.parseInt(value), "EUR", b.fixedMonthlyCost(), b.costPerResidentMonth(), 100,
          b.units(), b.moves(), List.of(), b.setUpCostPerPlace(), b.communityMonthlyCost(), 0, b.trainingCostPerStaff(), BigDecimal.ZERO);
    };
    assertThat(TransitionCostModel.errors(bad)).extracting(FieldError::field).contains(field);
  }

  @Test
  void moreMovesThanPeopleAreRefused() {
    List<Move> moves = new ArrayList<>(schedule());
    moves.add(new Move(START.plusMonths(3), 1, SupportIntensity.LOW, null));

    assertThat(TransitionCostModel.errors(hundredBeds(units(8), moves, 0, "0"))).extracting(FieldError::field).contains("moves");
  }

  @Test
  void aSixMonthDelayMovesTheDoubleFundingButCostsNothingMoreAtConstantPrices() {
    DoubleFunding df = TransitionCostModel.project(new ScenarioChange(6, null, 0, BigDecimal.ZERO).applyTo(
        hundredBeds(units(8), schedule(), 0, "0").with(units(8), schedule(), baseline().communityMonthlyCost()))).doubleFunding();

    assertThat(df.peakMonth()).isEqualTo(YearMonth.of(2028, 2));
    assertThat(df.peak()).isEqualTo(eur("36000"));
    assertThat(df.total()).isEqualTo(eur("355000"));
  }

  @Test
  void aUnitClosingThreeMonthsLaterCostsItsStepCostThreeTimesMore() {
    DoubleFunding df = TransitionCostModel.project(new ScenarioChange(0, "C", 3, BigDecimal.ZERO).applyTo(baseline())).doubleFunding();

    assertThat(df.peakMonth()).isEqualTo(YearMonth.of(2027, 11));
    assertThat(df.peak()).isEqualTo(eur("42000"));
    assertThat(df.total()).isEqualTo(eur("445000"));
  }

  @Test
  void dearerCommunitySupportRaisesThePeakAndLowersTheSaving() {
    DoubleFunding df = TransitionCostModel.project(new ScenarioChange(0, null, 0, BigDecimal.TEN).applyTo(baseline())).doubleFunding();

    assertThat(df.peakMonth()).isEqualTo(YearMonth.of(2027, 8));
    assertThat(df.peak()).isEqualTo(eur("42400"));
    assertThat(df.monthlySaving()).isEqualTo(eur("230000"));
  }

  @Test
  void nationalTotalsAddEachInstitutionsDoubleFunding() {
    Projection one = TransitionCostModel.project(baseline());
    Projection national = Projection.sum("EUR", List.of(one, one));

    assertThat(national.doubleFunding().total()).isEqualTo(eur("710000"));
    assertThat(national.doubleFunding().peak()).isEqualTo(eur("72000"));
    assertThat(national.months().get(0).baseline()).isEqualTo(eur("900000"));
  }

  @Test
  void nationalTotalsAddInstitutionsByCalendarMonthWhenTheirModelsStartInDifferentMonths() {
    Projection one = TransitionCostModel.project(baseline());
    Projection later = new Projection("EUR", one.months().stream().map(m -> new Projection.MonthCost(m.month().plusMonths(6), m.residents(),
        m.moved(), m.institution(), m.community(), m.oneOff(), m.total(), m.baseline(), m.doubleFunding(), m.released(), m.costPerResident()))
        .toList(), one.doubleFunding());

    Projection national = Projection.sum("EUR", List.of(later, one));

    assertThat(national.months()).hasSize(42);
    assertThat(national.months().get(0).month()).isEqualTo(YearMonth.of(2027, 1));
    assertThat(national.months().get(41).month()).isEqualTo(YearMonth.of(2030, 6));
    assertThat(national.months().get(0).baseline()).as("only the first counts before the second starts").isEqualTo(eur("450000"));
    assertThat(national.months().get(6).baseline()).isEqualTo(eur("900000"));
    assertThat(national.months().get(41).institution()).isEqualTo(later.months().get(35).institution());
    assertThat(national.doubleFunding().total()).isEqualTo(eur("710000"));
    assertThat(national.doubleFunding().first()).isEqualTo(one.doubleFunding().first());
    assertThat(national.doubleFunding().end()).isEqualTo(one.doubleFunding().end().plusMonths(6));
  }
}

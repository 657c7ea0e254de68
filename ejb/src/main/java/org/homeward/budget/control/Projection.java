package org.homeward.budget.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The transition cost model's answer for one institution (or the sum of many): what each month
 * costs, and the double funding it needs.
 *
 * <p>The <b>double-funding requirement</b> of a month is its total cost minus what the institution
 * cost each month before the transition (at that month's prices), where positive: the money the
 * transition needs beyond the budget the institution already had.
 */
public record Projection(String currency, List<MonthCost> months, DoubleFunding doubleFunding) implements Serializable {

  /**
   * One month of the projection.
   *
   * @param residents people living in the institution that month
   * @param moved people supported in the community that month (all who have moved so far)
   * @param institution what the institution costs (fixed, per resident, open units' step costs); zero once closed
   * @param community monthly support for everyone who has moved
   * @param oneOff set-up of community places for the month's moves, and staff training
   * @param baseline the institution's pre-transition monthly cost at this month's prices
   * @param released step costs that fall away this month because a unit closes
   * @param costPerResident the institution's cost per remaining resident; null when no one remains
   */
  public record MonthCost(
      YearMonth month,
      int residents,
      int moved,
      BigDecimal institution,
      BigDecimal community,
      BigDecimal oneOff,
      BigDecimal total,
      BigDecimal baseline,
      BigDecimal doubleFunding,
      BigDecimal released,
      BigDecimal costPerResident) implements Serializable {

    /** Whether the institution and community services both cost money this month. */
    public boolean overlap() {
      return institution.signum() > 0 && community.signum() > 0;
    }
  }

  /**
   * The double funding in figures. Months are null where there is none (no double funding, no
   * overlap, an institution that does not close within the projection).
   *
   * @param end the last month that needs double funding
   * @param closedIn the first month the institution costs nothing
   * @param monthlySaving baseline minus community support in the first month the institution is
   *     closed (one-off costs of that month left out: they do not recur); negative if community
   *     support costs more than the institution did
   */
  public record DoubleFunding(
      YearMonth overlapStart,
      YearMonth overlapEnd,
      YearMonth first,
      YearMonth peakMonth,
      BigDecimal peak,
      BigDecimal total,
      YearMonth end,
      YearMonth closedIn,
      BigDecimal monthlySaving) implements Serializable {

    static DoubleFunding of(List<MonthCost> months) {
      YearMonth overlapStart = null;
      YearMonth overlapEnd = null;
      YearMonth first = null;
      YearMonth peakMonth = null;
      BigDecimal peak = BigDecimal.ZERO.setScale(2);
      BigDecimal total = BigDecimal.ZERO.setScale(2);
      YearMonth end = null;
      YearMonth closedIn = null;
      BigDecimal saving = null;
      boolean wasOpen = false;
      for (MonthCost m : months) {
        if (m.overlap()) {
          overlapStart = overlapStart == null ? m.month() : overlapStart;
          overlapEnd = m.month();
        }
        if (m.doubleFunding().signum() > 0) {
          first = first == null ? m.month() : first;
          end = m.month();
          total = total.add(m.doubleFunding());
          if (m.doubleFunding().compareTo(peak) > 0) {
            peak = m.doubleFunding();
            peakMonth = m.month();
          }
        }
        if (m.institution().signum() > 0) {
          wasOpen = true;
          closedIn = null;
          saving = null;
        } else if (wasOpen && closedIn == null) {
          closedIn = m.month();
          saving = m.baseline().subtract(m.community());
        }
      }
      return new DoubleFunding(overlapStart, overlapEnd, first, peakMonth, peak, total, end, closedIn, saving);
    }
  }

  /**
   * National (or regional) totals: the month-by-month sum of projections, by calendar month, from the
   * earliest first month of any of them to the latest last month; each projection counts only in the
   * months it covers. The double funding is the sum of each institution's, not the sum's own: one
   * institution's saving does not pay for another's overlap unless someone moves the money.
   */
  public static Projection sum(String currency, List<Projection> projections) {
    List<Projection> counted = projections.stream().filter(p -> !p.months().isEmpty()).toList();
    if (counted.isEmpty()) {
      return new Projection(currency, List.of(), DoubleFunding.of(List.of()));
    }
    YearMonth start = counted.stream().map(p -> p.months().get(0).month()).min(YearMonth::compareTo).orElseThrow();
    YearMonth last = counted.stream().map(p -> p.months().get(p.months().size() - 1).month()).max(YearMonth::compareTo).orElseThrow();
    int n = (int) start.until(last, ChronoUnit.MONTHS) + 1;
    int[] residents = new int[n];
    int[] moved = new int[n];
    BigDecimal[] institution = zeros(n);
    BigDecimal[] community = zeros(n);
    BigDecimal[] oneOff = zeros(n);
    BigDecimal[] baseline = zeros(n);
    BigDecimal[] released = zeros(n);
    BigDecimal[] doubleFunding = zeros(n);
    for (Projection p : counted) {
      int offset = (int) start.until(p.months().get(0).month(), ChronoUnit.MONTHS);
      for (int j = 0; j < p.months().size(); j++) {
        MonthCost m = p.months().get(j);
        int i = offset + j;
        residents[i] += m.residents();
        moved[i] += m.moved();
        institution[i] = institution[i].add(m.institution());
        community[i] = community[i].add(m.community());
        oneOff[i] = oneOff[i].add(m.oneOff());
        baseline[i] = baseline[i].add(m.baseline());
        released[i] = released[i].add(m.released());
        doubleFunding[i] = doubleFunding[i].add(m.doubleFunding());
      }
    }
    List<MonthCost> sums = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigDecimal total = institution[i].add(community[i]).add(oneOff[i]);
      sums.add(new MonthCost(start.plusMonths(i), residents[i], moved[i], institution[i], community[i], oneOff[i], total, baseline[i],
          doubleFunding[i], released[i], TransitionCostModel.perResident(institution[i], residents[i])));
    }
    return new Projection(currency, sums, DoubleFunding.of(sums));
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] zeros = new BigDecimal[n];
    java.util.Arrays.fill(zeros, BigDecimal.ZERO.setScale(2));
    return zeros;
  }
}

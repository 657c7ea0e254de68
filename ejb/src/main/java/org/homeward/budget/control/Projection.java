package org.homeward.budget.control;

import java.math.BigDecimal;
import java.time.YearMonth;
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
public record Projection(String currency, List<MonthCost> months, DoubleFunding doubleFunding) {

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
      BigDecimal costPerResident) {

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
      BigDecimal monthlySaving) {

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
   * National (or regional) totals: the month-by-month sum of projections over the same months. The
   * double funding is the sum of each institution's, not the sum's own: one institution's saving
   * does not pay for another's overlap unless someone moves the money.
   */
  public static Projection sum(String currency, List<Projection> projections) {
    if (projections.isEmpty()) {
      return new Projection(currency, List.of(), DoubleFunding.of(List.of()));
    }
    List<MonthCost> first = projections.get(0).months();
    List<MonthCost> sums = new ArrayList<>(first.size());
    for (int i = 0; i < first.size(); i++) {
      int residents = 0;
      int moved = 0;
      BigDecimal institution = BigDecimal.ZERO;
      BigDecimal community = BigDecimal.ZERO;
      BigDecimal oneOff = BigDecimal.ZERO;
      BigDecimal baseline = BigDecimal.ZERO;
      BigDecimal released = BigDecimal.ZERO;
      BigDecimal doubleFunding = BigDecimal.ZERO;
      for (Projection p : projections) {
        MonthCost m = p.months().get(i);
        residents += m.residents();
        moved += m.moved();
        institution = institution.add(m.institution());
        community = community.add(m.community());
        oneOff = oneOff.add(m.oneOff());
        baseline = baseline.add(m.baseline());
        released = released.add(m.released());
        doubleFunding = doubleFunding.add(m.doubleFunding());
      }
      BigDecimal total = institution.add(community).add(oneOff);
      sums.add(new MonthCost(first.get(i).month(), residents, moved, institution, community, oneOff, total, baseline,
          doubleFunding.setScale(2), released, TransitionCostModel.perResident(institution, residents)));
    }
    return new Projection(currency, sums, DoubleFunding.of(sums));
  }
}

package org.homeward.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.homeward.budget.boundary.BudgetSummary;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.plan.entity.MilestoneStatus;
import org.homeward.rights.boundary.RightsAreaFigures;

/**
 * The country (or one region) at a glance: institutions and their plans' milestones, residents
 * moved and remaining (with complex support needs apart), staff on their way into community
 * services, and how people are doing after their move. Counts of people are published tables with
 * small counts suppressed; institutions and milestones are not people and are shown whole.
 *
 * @param region null for the whole country
 * @param complexShareRemaining share of the people still inside who have complex support needs, null when it rests on a small count
 * @param complexShareAll the same share among everyone the closures concern (inside, moved, settled), null likewise
 * @param alerts what needs attention in the areas shown, most pressing first
 * @param burnDown people still inside month by month against the plans' curve
 * @param budget planned against actual by year, the community share and the projected double funding of the area
 * @param rights rights now over the last twelve months, by area and month, with small counts suppressed
 * @param asOf when these figures were worked out
 */
public record Dashboard(
    String region,
    Map<InstitutionStatus, Long> institutionsByStatus,
    Map<MilestoneStatus, Long> milestones,
    FigureTable residents,
    FigureTable staff,
    FigureTable undecidedStaff,
    FigureTable outcomes,
    Double complexShareRemaining,
    Double complexShareAll,
    List<Alert> alerts,
    BurnDown burnDown,
    BudgetSummary budget,
    RightsAreaFigures rights,
    Instant asOf) implements Serializable {

  /** The alerts of each kind, kinds in the order they are most pressing, each list most pressing first. */
  public List<List<Alert>> alertsByKind() {
    return java.util.Arrays.stream(Alert.Kind.values()).map(kind -> alerts.stream().filter(a -> a.kind() == kind).toList())
        .filter(list -> !list.isEmpty()).toList();
  }

  /** The rights figures of the last complete month (the month before this one), one per area in the order of the areas. */
  public List<RightsAreaFigures.AreaMonth> rightsLastMonth() {
    java.time.YearMonth last = rights.to().minusMonths(1);
    return rights.months().stream().filter(m -> m.month().equals(last)).toList();
  }

  /** The same month for all the areas together, or null. */
  public RightsAreaFigures.AreaMonth rightsLastMonthTotal() {
    java.time.YearMonth last = rights.to().minusMonths(1);
    return rights.totals().stream().filter(m -> m.month().equals(last)).findFirst().orElse(null);
  }

  /** People with complex support needs are being left behind: their share among those still inside exceeds their share among all. */
  public boolean complexNeedsLeftBehind() {
    return complexShareRemaining != null && complexShareAll != null && complexShareRemaining > complexShareAll;
  }
}

package org.homeward.rights.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.homeward.audit.control.Audited;
import org.homeward.institution.control.InstitutionRepository;
import org.homeward.plan.control.PlanRepository;
import org.homeward.plan.entity.PlanAction;
import org.homeward.plan.entity.RightsIndicator;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.rights.control.CoercionRates;
import org.homeward.rights.control.IndicatorTrend;
import org.homeward.rights.control.RightsRepository;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.Death;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsStandard;
import org.homeward.security.control.InScope;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;

/**
 * Did the closure plan's rights improvements move what they should (issue 8, point 5)? For each
 * action of the plan's current revision that names an indicator: the indicator month by month from
 * six months before the action's date, and whether it moved the right way.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.COMMITTEE, Role.FOCAL_POINT})
public class ActionIndicators {

  @Inject PlanRepository plans;
  @Inject RightsRepository repository;
  @Inject InstitutionRepository institutions;
  @Inject Clock clock;

  /** The actions that name an indicator, by the date they are compared at. */
  public List<ActionTrend> trends(@InScope long institutionId) {
    institutions.find(institutionId).orElseThrow(() -> new RecordNotFoundException("Institution", institutionId));
    LocalDate today = LocalDate.now(clock);
    List<PlanAction> actions = plans.planOf(institutionId).map(p -> p.current().getActions()).orElse(List.of()).stream()
        .filter(a -> a.getIndicator() != null).sorted(Comparator.comparing(PlanAction::indicatorDate)).toList();
    List<ActionTrend> trends = new ArrayList<>();
    for (PlanAction action : actions) {
      List<YearMonth> months = IndicatorTrend.months(action.indicatorDate(), today);
      List<BigDecimal> values = values(institutionId, action, months, today);
      YearMonth pivot = YearMonth.from(action.indicatorDate());
      List<IndicatorTrend.Point> points = new ArrayList<>();
      for (int i = 0; i < months.size(); i++) {
        points.add(new IndicatorTrend.Point(months.get(i), values.get(i), !months.get(i).isBefore(pivot)));
      }
      RightsIndicator indicator = action.getIndicator();
      trends.add(new ActionTrend(action.getId(), action.getTitle(), indicator, action.getIndicatorTheme(),
          action.getIndicatorUnit() == null ? null : action.getIndicatorUnit().getName(), action.getDueOn(), action.getStatus(),
          action.indicatorDate(), points, IndicatorTrend.mean(points, false), IndicatorTrend.mean(points, true),
          IndicatorTrend.direction(points, indicator.shouldRise())));
    }
    return trends;
  }

  private List<BigDecimal> values(long institutionId, PlanAction action, List<YearMonth> months, LocalDate today) {
    RightsIndicator indicator = action.getIndicator();
    YearMonth first = months.get(0);
    YearMonth last = months.get(months.size() - 1);
    if (indicator.coercion()) {
      Long unitId = action.getIndicatorUnit() == null ? null : action.getIndicatorUnit().getId();
      List<CoercionRates.Month> rates = CoercionRates.monthly(unitId == null ? repository.stays(institutionId) : List.of(),
          repository.rateEvents(institutionId, unitId, first, last), first, last, today);
      return rates.stream().map(m -> coercion(indicator, m, unitId != null)).toList();
    }
    LocalDate since = first.atDay(1).minusYears(1);
    return switch (indicator) {
      case COMPLAINTS_OVERDUE -> {
        List<Complaint> complaints = repository.complaints(institutionId, since);
        yield months.stream().map(m -> BigDecimal.valueOf(complaints.stream().filter(c -> overdueAt(c, end(m, today))).count())).toList();
      }
      case DEATHS -> {
        List<Death> deaths = repository.deaths(institutionId, first.atDay(1));
        yield months.stream().map(m -> BigDecimal.valueOf(deaths.stream().filter(d -> YearMonth.from(d.getDiedOn()).equals(m)).count()))
            .toList();
      }
      default -> {
        Map<String, QualityRightsStandard> standards = repository.standards();
        List<QualityRightsAssessment> assessments = repository.assessments(institutionId);
        yield months.stream().map(m -> assessments.stream().filter(a -> !a.getAssessedOn().isAfter(m.atEndOfMonth()))
            .reduce((a, b) -> b).map(a -> a.themeShares(standards).get(action.getIndicatorTheme())).orElse(null)).toList();
      }
    };
  }

  /** Events (per 1,000 resident-days for the whole institution, counted for a unit) or hours. */
  private static BigDecimal coercion(RightsIndicator indicator, CoercionRates.Month m, boolean unit) {
    if (indicator == RightsIndicator.SECLUSION_HOURS) {
      return m.seclusionHours();
    }
    if (indicator == RightsIndicator.RESTRAINT_HOURS) {
      return m.restraintHours();
    }
    if (unit) {
      return BigDecimal.valueOf(indicator.kind() == null ? m.total() : m.events().get(indicator.kind()));
    }
    return indicator.kind() == null ? m.totalPerThousand() : m.perThousand().get(indicator.kind());
  }

  private static LocalDate end(YearMonth month, LocalDate today) {
    return month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
  }

  /** Received by {@code day}, due before it, and neither answered, escalated nor closed by then. */
  static boolean overdueAt(Complaint c, LocalDate day) {
    return !c.getReceivedOn().isAfter(day) && c.getDueOn().isBefore(day) && notBy(c.getAnsweredOn(), day) && notBy(c.getEscalatedOn(), day)
        && notBy(c.getClosedOn(), day);
  }

  private static boolean notBy(LocalDate date, LocalDate day) {
    return date == null || date.isAfter(day);
  }
}

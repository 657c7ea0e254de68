package org.homeward.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.followup.entity.Outcome;
import org.homeward.budget.boundary.BudgetSummaries;
import org.homeward.rights.boundary.RightsFigures;
import org.homeward.institution.entity.Institution;
import org.homeward.institution.entity.InstitutionStatus;
import org.homeward.monitoring.control.CountTable;
import org.homeward.monitoring.control.MonitoringRepository;
import org.homeward.monitoring.control.PlanCurve;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.homeward.plan.boundary.ClosurePlans;
import org.homeward.plan.boundary.PlanSummary;
import org.homeward.plan.entity.MilestoneStatus;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.resident.entity.ResidentStatus;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;
import org.homeward.staff.entity.RedeploymentStatus;

/**
 * The ministry's dashboard: the country by region, or one region by institution. National roles see
 * every institution, a committee its own; nobody sees a person, and no count from 1 to the
 * threshold ({@code homeward.monitoring.small-count}, default 4) is shown or can be worked out.
 */
@Stateless
@Secured
@Permit({Role.ADMIN, Role.MINISTRY, Role.FINANCE, Role.COMMITTEE})
public class NationalDashboard {

  /** How far above its plan's curve an institution's share still inside may be before it is flagged. */
  static final double BEHIND_PLAN_MARGIN = 0.10;
  private static final int MONTHS_BACK = 12;
  private static final int RIGHTS_MONTHS = 12;
  private static final int MONTHS_AHEAD = 24;

  /** How the residents table splits people: still inside (with complex support needs apart), moved, settled. */
  public static final List<String> RESIDENT_COLUMNS = List.of("REMAINING", "REMAINING_COMPLEX", "MOVED", "SETTLED");

  @Inject MonitoringRepository repository;
  @Inject ClosurePlans plans;
  @Inject BudgetSummaries budgets;
  @Inject RightsFigures rights;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject KeptFigures kept;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "homeward.monitoring.small-count")
  int smallCount;

  /**
   * The country when {@code region} is null; one region ("" for institutions without one) otherwise.
   * A national dashboard may be one worked out a few minutes ago ({@link KeptFigures}).
   */
  public Dashboard dashboard(String region) {
    Set<Long> scope = scope();
    if (scope != null) {
      return workOut(region, scope);
    }
    return kept.serve(new Key(region), Dashboard.class, clock.instant(), () -> workOutAndKeep(region),
        () -> context.getBusinessObject(NationalDashboard.class).refresh(region));
  }

  /** Works out a fresh national dashboard in the background, for the next visitors. */
  @Asynchronous
  public void refresh(String region) {
    try {
      workOutAndKeep(region);
    } catch (RuntimeException e) {
      kept.refreshFailed(new Key(region));
      throw e;
    }
  }

  /** What a kept dashboard answers: the country (null) or a region. */
  private record Key(String region) {}

  private Dashboard workOutAndKeep(String region) {
    long start = System.nanoTime();
    Dashboard dashboard = workOut(region, null);
    int institutions = dashboard.institutionsByStatus().values().stream().mapToInt(Long::intValue).sum();
    kept.workedOut(new Key(region), dashboard, dashboard.asOf(), institutions, Duration.ofNanos(System.nanoTime() - start));
    return dashboard;
  }

  private Dashboard workOut(String region, Set<Long> scope) {
    Instant asOf = clock.instant();
    List<Institution> institutions = repository.institutions(region, scope);
    if (region != null && institutions.isEmpty()) {
      throw new RecordNotFoundException("Region", null);
    }
    List<Area> areas = Area.of(region, institutions);
    SmallCellSuppression suppression = new SmallCellSuppression(smallCount);

    long[][] residents = new long[areas.size()][RESIDENT_COLUMNS.size()];
    long[][] complexByArea = new long[areas.size() + 1][2];
    long[][] everyoneByArea = new long[areas.size() + 1][2];
    for (Object[] row : repository.residents(region, scope)) {
      int column = residentColumn((ResidentStatus) row[1], (Boolean) row[2]);
      if (column < 0) {
        continue;
      }
      long count = (Long) row[3];
      int area = indexOf(areas, row[0]);
      residents[area][column] += count;
      int inside = column <= 1 ? 0 : 1;
      for (int a : new int[] {area, areas.size()}) {
        everyoneByArea[a][inside] += count;
        if ((Boolean) row[2]) {
          complexByArea[a][inside] += count;
        }
      }
    }
    long[] complex = complexByArea[areas.size()];
    long[] everyone = everyoneByArea[areas.size()];

    List<String> staffColumns = names(RedeploymentStatus.values());
    long[][] staff = new long[areas.size()][staffColumns.size()];
    repository.staff(region, scope).forEach(row -> staff[indexOf(areas, row[0])][((RedeploymentStatus) row[1]).ordinal()] += (Long) row[2]);
    long[][] undecided = new long[areas.size()][1];
    repository.undecidedStaff(region, scope).forEach(row -> undecided[indexOf(areas, row[0])][0] += (Long) row[1]);

    List<String> outcomeColumns = names(Outcome.values());
    long[][] outcomes = new long[areas.size()][outcomeColumns.size()];
    repository.latestOutcomes(region, scope).forEach(row -> outcomes[indexOf(areas, key(row[0]))][Outcome.valueOf((String) row[1]).ordinal()]
        += ((Number) row[2]).longValue());

    Map<InstitutionStatus, Long> byStatus = new EnumMap<>(InstitutionStatus.class);
    for (InstitutionStatus status : InstitutionStatus.values()) {
      byStatus.put(status, institutions.stream().filter(i -> i.getStatus() == status).count());
    }
    List<PlanSummary> summaries = plans.overview();
    Map<Long, PlanCurve> curves = curves(region, scope);
    Map<Long, long[]> toMove = new HashMap<>();
    repository.toMove(region, scope).forEach(row -> toMove.put(((Number) row[0]).longValue(),
        new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    List<Alert> alerts = alerts(areas, institutions, summaries, complexByArea, everyoneByArea);
    alerts.addAll(behindPlan(institutions, curves, toMove));
    alerts.addAll(followUpsOverdue(region, scope, institutions));
    alerts.addAll(spendAboveBudget(region, scope, institutions));
    return new Dashboard(region, byStatus, milestones(institutions, summaries),
        new FigureTable(areas, RESIDENT_COLUMNS, suppression.publishOrRowTotals(CountTable.of(residents))),
        new FigureTable(areas, staffColumns, suppression.publishOrRowTotals(CountTable.of(staff))),
        new FigureTable(areas, List.of("UNDECIDED"), suppression.publishOrRowTotals(CountTable.of(undecided))),
        new FigureTable(areas, outcomeColumns, suppression.publishOrRowTotals(CountTable.of(outcomes))),
        share(complex[0], everyone[0]), share(complex[0] + complex[1], everyone[0] + everyone[1]), alerts,
        burnDown(region, scope, institutions, curves, toMove), budgets.summary(region),
        rights.byArea(region, YearMonth.now(clock).minusMonths(RIGHTS_MONTHS - 1L), YearMonth.now(clock)), asOf);
  }

  /** The closure plans' dated moves, by institution. */
  private Map<Long, PlanCurve> curves(String region, Set<Long> scope) {
    Map<Long, Map<String, LocalDate>> dates = new HashMap<>();
    repository.planDates(region, scope).forEach(row -> dates.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
        .put((String) row[1], toLocalDate(row[2])));
    Map<Long, PlanCurve> curves = new HashMap<>();
    dates.forEach((id, planned) -> curves.put(id, new PlanCurve(planned)));
    return curves;
  }

  /** Institutions with more people inside than their plan means by now, by more than a tenth of everyone it moves. */
  private List<Alert> behindPlan(List<Institution> institutions, Map<Long, PlanCurve> curves, Map<Long, long[]> toMove) {
    LocalDate today = LocalDate.now(clock);
    List<Alert> alerts = new ArrayList<>();
    for (Institution institution : institutions) {
      PlanCurve curve = curves.get(institution.getId());
      long[] people = toMove.get(institution.getId());
      if (curve == null || curve.isEmpty() || people == null || people[0] + people[1] == 0) {
        continue;
      }
      double inside = (double) people[0] / (people[0] + people[1]);
      if (inside > curve.remainingOn(today) + BEHIND_PLAN_MARGIN) {
        alerts.add(new Alert(Alert.Kind.REMAINING_ABOVE_PLAN, Area.of(institution), null));
      }
    }
    return alerts;
  }

  private List<Alert> followUpsOverdue(String region, Set<Long> scope, List<Institution> institutions) {
    Map<Long, Institution> shown = new HashMap<>();
    institutions.forEach(i -> shown.put(i.getId(), i));
    List<Alert> alerts = new ArrayList<>();
    for (Object[] row : repository.followUpsOverdue(region, scope)) {
      Institution institution = shown.get(((Number) row[0]).longValue());
      if (institution != null && ((Number) row[1]).longValue() > 0) {
        alerts.add(new Alert(Alert.Kind.FOLLOW_UPS_OVERDUE, Area.of(institution), null));
      }
    }
    return alerts;
  }

  /** Institutions whose own costs this fiscal year (the calendar year) already exceed their budget for them. */
  private List<Alert> spendAboveBudget(String region, Set<Long> scope, List<Institution> institutions) {
    Map<Long, Institution> shown = new HashMap<>();
    institutions.forEach(i -> shown.put(i.getId(), i));
    return repository.institutionSpendAboveBudget(region, scope, LocalDate.now(clock).getYear()).stream()
        .map(row -> shown.get(((Number) row[0]).longValue())).filter(java.util.Objects::nonNull).distinct()
        .map(institution -> new Alert(Alert.Kind.SPEND_ABOVE_BUDGET, Area.of(institution), null)).toList();
  }

  /** People inside at each month's end over the last year, and what the plans mean to leave inside over that year and the next two. */
  private BurnDown burnDown(String region, Set<Long> scope, List<Institution> institutions, Map<Long, PlanCurve> curves,
      Map<Long, long[]> toMove) {
    YearMonth now = YearMonth.now(clock);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = now.minusMonths(MONTHS_BACK); !month.isAfter(now.plusMonths(MONTHS_AHEAD)); month = month.plusMonths(1)) {
      months.add(month);
    }
    Map<YearMonth, Long> changes = new HashMap<>();
    repository.insideChangesByMonth(region, scope).forEach(row -> changes.merge(YearMonth.from(toLocalDate(row[0])), ((Number) row[1]).longValue(), Long::sum));
    List<YearMonth> history = changes.keySet().stream().sorted().toList();
    List<Long> actual = new ArrayList<>();
    List<Long> planned = new ArrayList<>();
    boolean anyPlan = institutions.stream().map(i -> curves.get(i.getId())).anyMatch(c -> c != null && !c.isEmpty());
    for (YearMonth month : months) {
      long inside = history.stream().filter(m -> !m.isAfter(month)).mapToLong(changes::get).sum();
      actual.add(month.isAfter(now) ? null : BurnDown.rounded(inside, smallCount));
      double meant = 0;
      for (Institution institution : institutions) {
        long[] people = toMove.getOrDefault(institution.getId(), new long[2]);
        PlanCurve curve = curves.get(institution.getId());
        meant += (curve == null ? 1.0 : curve.remainingOn(month.atEndOfMonth())) * (people[0] + people[1]);
      }
      planned.add(anyPlan ? BurnDown.rounded(Math.round(meant), smallCount) : null);
    }
    return new BurnDown(months, actual, planned);
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  /**
   * Plans with milestones overdue, then at risk (most first), then the areas whose people with
   * complex support needs are being left behind, where the shares rest on no small count.
   */
  private List<Alert> alerts(List<Area> areas, List<Institution> institutions, List<PlanSummary> summaries, long[][] complex,
      long[][] everyone) {
    Set<Long> shown = institutions.stream().map(Institution::getId).collect(java.util.stream.Collectors.toSet());
    List<Alert> alerts = new ArrayList<>();
    for (MilestoneStatus status : List.of(MilestoneStatus.OVERDUE, MilestoneStatus.AT_RISK)) {
      summaries.stream().filter(s -> shown.contains(s.institution().getId()) && s.count(status) > 0)
          .sorted(java.util.Comparator.comparingLong((PlanSummary s) -> -s.count(status)))
          .forEach(s -> alerts.add(new Alert(status == MilestoneStatus.OVERDUE ? Alert.Kind.MILESTONES_OVERDUE : Alert.Kind.MILESTONES_AT_RISK,
              Area.of(s.institution()), s.count(status))));
    }
    for (int a = 0; a < areas.size(); a++) {
      Double inside = share(complex[a][0], everyone[a][0]);
      Double all = share(complex[a][0] + complex[a][1], everyone[a][0] + everyone[a][1]);
      if (inside != null && all != null && inside > all) {
        alerts.add(new Alert(Alert.Kind.COMPLEX_NEEDS_LEFT_BEHIND, areas.get(a), null));
      }
    }
    return alerts;
  }

  /** The milestones of the plans in force (or first drafts) of the institutions shown, by status. */
  private Map<MilestoneStatus, Long> milestones(List<Institution> institutions, List<PlanSummary> summaries) {
    Map<MilestoneStatus, Long> counts = new EnumMap<>(MilestoneStatus.class);
    for (MilestoneStatus status : MilestoneStatus.values()) {
      counts.put(status, 0L);
    }
    Set<Long> shown = institutions.stream().map(Institution::getId).collect(java.util.stream.Collectors.toSet());
    for (PlanSummary summary : summaries) {
      if (shown.contains(summary.institution().getId())) {
        summary.milestones().forEach((status, count) -> counts.merge(status, count, Long::sum));
      }
    }
    return counts;
  }

  /** A share resting on a small count is not published: it would give the count away. */
  private Double share(long part, long whole) {
    return part <= smallCount || whole <= smallCount ? null : (double) part / whole;
  }

  private static int residentColumn(ResidentStatus status, boolean complexNeeds) {
    return switch (status) {
      case IN_INSTITUTION, PREPARING, READY_TO_MOVE, READMITTED -> complexNeeds ? 1 : 0;
      case MOVED -> 2;
      case SETTLED -> 3;
      default -> -1;
    };
  }

  private static int indexOf(List<Area> areas, Object key) {
    return Area.indexOf(areas, key(key));
  }

  private static String key(Object area) {
    return area == null ? MonitoringRepository.NO_REGION : String.valueOf(area);
  }

  private static <E extends Enum<E>> List<String> names(E[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  private Set<Long> scope() {
    UserAccount account = caller.require();
    return account.national() ? null : account.getInstitutionIds();
  }

}

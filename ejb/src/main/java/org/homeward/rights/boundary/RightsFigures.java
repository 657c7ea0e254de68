package org.homeward.rights.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.audit.control.Audited;
import org.homeward.institution.entity.Institution;
import org.homeward.monitoring.boundary.Area;
import org.homeward.monitoring.control.MonitoringRepository;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.homeward.problem.InvalidInputException;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.rights.control.CoercionRates;
import org.homeward.rights.control.PublishedCounts;
import org.homeward.rights.control.ResidentDays;
import org.homeward.rights.control.RightsRepository;
import org.homeward.rights.entity.CoercionKind;
import org.homeward.rights.entity.Complaint;
import org.homeward.rights.entity.Death;
import org.homeward.rights.entity.QualityRightsAssessment;
import org.homeward.rights.entity.QualityRightsStandard;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * Rights now as monitoring reports it (issue 8, point 6): coercion, resident-days and rates,
 * hours of seclusion and restraint, complaints overdue and deaths per area and month, and each
 * institution's latest QualityRights scores. The country by region, or a region by institution;
 * national roles see every institution, a committee its own. No person leaves the institution:
 * every count is published through the one small-cell rule ({@link SmallCellSuppression}), and a
 * rate or number of hours only where the count it rests on is shown.
 */
@Stateless
@Secured
@Audited
@Permit({Role.ADMIN, Role.MINISTRY, Role.FINANCE, Role.COMMITTEE})
public class RightsFigures {

  @Inject MonitoringRepository monitoring;
  @Inject RightsRepository repository;
  @Inject CurrentCaller caller;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "homeward.monitoring.small-count", defaultValue = "4")
  int smallCount;

  /**
   * The figures of {@code from} to {@code to} (at most {@link CoercionRecords#MONTHS_MAX} months):
   * by region for the country when {@code region} is null, by institution for one region ("" for
   * the institutions without one) otherwise.
   */
  public RightsAreaFigures byArea(String region, YearMonth from, YearMonth to) {
    if (from == null || to == null || to.isBefore(from) || from.plusMonths(CoercionRecords.MONTHS_MAX - 1L).isBefore(to)) {
      throw new InvalidInputException("from", "{rights.month.range}");
    }
    Set<Long> scope = scope();
    List<Institution> institutions = monitoring.institutions(region, scope);
    if (region != null && institutions.isEmpty()) {
      throw new RecordNotFoundException("Region", null);
    }
    LocalDate today = LocalDate.now(clock);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    Map<String, Area> areaByKey = new LinkedHashMap<>();
    institutions.forEach(i -> areaByKey.putIfAbsent(key(region, i), area(region, i)));
    List<Area> areas = new ArrayList<>(areaByKey.values());
    List<String> keys = new ArrayList<>(areaByKey.keySet());
    CoercionKind[] kinds = CoercionKind.values();

    long[][][] events = new long[months.size()][areas.size()][kinds.length];
    long[][] days = new long[areas.size()][months.size()];
    BigDecimal[][] seclusion = new BigDecimal[areas.size()][months.size()];
    BigDecimal[][] restraint = new BigDecimal[areas.size()][months.size()];
    long[][] overdue = new long[areas.size()][months.size()];
    long[][] deaths = new long[areas.size()][months.size()];
    for (BigDecimal[] row : seclusion) {
      java.util.Arrays.fill(row, BigDecimal.ZERO);
    }
    for (BigDecimal[] row : restraint) {
      java.util.Arrays.fill(row, BigDecimal.ZERO);
    }
    List<RightsAreaFigures.InstitutionScores> scores = new ArrayList<>();
    Map<String, QualityRightsStandard> standards = repository.standards();
    List<Long> ids = institutions.stream().map(Institution::getId).toList();
    boolean none = ids.isEmpty();
    Map<Long, List<ResidentDays.Stay>> stays = none ? Map.of() : repository.stays(ids);
    Map<Long, List<CoercionRates.Event>> rateEvents = none ? Map.of() : repository.rateEvents(ids, from, to);
    Map<Long, List<Complaint>> complaintsOf = none ? Map.of() : repository.complaints(ids, from.atDay(1).minusYears(1));
    Map<Long, List<Death>> deathsOf = none ? Map.of() : repository.deaths(ids, from.atDay(1));
    Map<Long, QualityRightsAssessment> latestAssessments = none ? Map.of() : repository.latestAssessments(ids);
    for (Institution institution : institutions) {
      int a = keys.indexOf(key(region, institution));
      long id = institution.getId();
      List<CoercionRates.Month> rates = CoercionRates.monthly(stays.getOrDefault(id, List.of()), rateEvents.getOrDefault(id, List.of()), from, to,
          today);
      List<Complaint> complaints = complaintsOf.getOrDefault(id, List.of());
      List<Death> died = deathsOf.getOrDefault(id, List.of());
      for (int m = 0; m < months.size(); m++) {
        CoercionRates.Month rate = rates.get(m);
        for (int k = 0; k < kinds.length; k++) {
          events[m][a][k] += rate.events().getOrDefault(kinds[k], 0L);
        }
        days[a][m] += rate.residentDays();
        seclusion[a][m] = seclusion[a][m].add(rate.seclusionHours());
        restraint[a][m] = restraint[a][m].add(rate.restraintHours());
        YearMonth month = months.get(m);
        LocalDate end = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
        overdue[a][m] += complaints.stream().filter(c -> ActionIndicators.overdueAt(c, end)).count();
        deaths[a][m] += died.stream().filter(d -> YearMonth.from(d.getDiedOn()).equals(month)).count();
      }
      QualityRightsAssessment latest = latestAssessments.get(id);
      if (latest != null) {
        scores.add(new RightsAreaFigures.InstitutionScores(id, institution.getName(), key(null, institution), latest.getAssessedOn(),
            latest.themeShares(standards)));
      }
    }

    SmallCellSuppression rule = new SmallCellSuppression(smallCount);
    PublishedCounts.Grid overdueShown = PublishedCounts.grid(overdue, rule);
    PublishedCounts.Grid deathsShown = PublishedCounts.grid(deaths, rule);
    List<RightsAreaFigures.AreaMonth> byArea = new ArrayList<>();
    List<RightsAreaFigures.AreaMonth> totals = new ArrayList<>();
    RightsAreaFigures.AreaMonth[][] cells = new RightsAreaFigures.AreaMonth[areas.size()][months.size()];
    for (int m = 0; m < months.size(); m++) {
      PublishedCounts.Grid coercion = PublishedCounts.grid(events[m], rule);
      long allDays = 0;
      BigDecimal allSeclusion = BigDecimal.ZERO;
      BigDecimal allRestraint = BigDecimal.ZERO;
      for (int a = 0; a < areas.size(); a++) {
        allDays += days[a][m];
        allSeclusion = allSeclusion.add(seclusion[a][m]);
        allRestraint = allRestraint.add(restraint[a][m]);
        cells[a][m] = month(areas.get(a), months.get(m), days[a][m], coercion.cells()[a], coercion.rowTotals()[a], seclusion[a][m],
            restraint[a][m], overdueShown.cells()[a][m], deathsShown.cells()[a][m]);
      }
      totals.add(month(null, months.get(m), allDays, none ? new Long[kinds.length] : coercion.columnTotals(), none ? null : coercion.grandTotal(),
          allSeclusion, allRestraint, none ? null : overdueShown.columnTotals()[m], none ? null : deathsShown.columnTotals()[m]));
    }
    for (int a = 0; a < areas.size(); a++) {
      for (int m = 0; m < months.size(); m++) {
        byArea.add(cells[a][m]);
      }
    }
    return new RightsAreaFigures(region, from, to, smallCount, areas, byArea, totals, scores);
  }

  /** One area's month with every rate and number of hours shown only where what it rests on is shown. */
  private RightsAreaFigures.AreaMonth month(Area area, YearMonth month, long residentDays, Long[] counts, Long total, BigDecimal seclusionHours,
      BigDecimal restraintHours, Long overdue, Long died) {
    CoercionKind[] kinds = CoercionKind.values();
    boolean daysShown = residentDays == 0 || residentDays > (long) smallCount * month.lengthOfMonth();
    Map<CoercionKind, Long> events = new EnumMap<>(CoercionKind.class);
    Map<CoercionKind, BigDecimal> perThousand = new EnumMap<>(CoercionKind.class);
    boolean restraintWithheld = false;
    for (int k = 0; k < kinds.length; k++) {
      Long count = k < counts.length ? counts[k] : null;
      events.put(kinds[k], count);
      perThousand.put(kinds[k], count == null || !daysShown ? null : CoercionRates.rate(count, residentDays));
      restraintWithheld |= kinds[k].restraint() && count == null;
    }
    return new RightsAreaFigures.AreaMonth(area, month, daysShown ? residentDays : null, events, perThousand, total,
        total == null || !daysShown ? null : CoercionRates.rate(total, residentDays),
        events.get(CoercionKind.SECLUSION) == null ? null : seclusionHours, restraintWithheld ? null : restraintHours, overdue, died);
  }

  private static String key(String region, Institution institution) {
    if (region != null) {
      return String.valueOf(institution.getId());
    }
    return institution.getRegion() == null ? MonitoringRepository.NO_REGION : institution.getRegion();
  }

  private static Area area(String region, Institution institution) {
    return region != null ? Area.of(institution) : new Area(key(null, institution), key(null, institution), null, key(null, institution));
  }

  /** National roles see every institution, a committee only its own (as {@code NationalDashboard#scope()}). */
  private Set<Long> scope() {
    UserAccount account = caller.require();
    return account.national() ? null : account.getInstitutionIds();
  }
}

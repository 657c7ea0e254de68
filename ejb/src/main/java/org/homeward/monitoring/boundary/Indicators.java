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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.institution.entity.Institution;
import org.homeward.monitoring.control.CountTable;
import org.homeward.monitoring.control.IndicatorRepository;
import org.homeward.monitoring.control.LinkedTables;
import org.homeward.monitoring.control.MonitoringRepository;
import org.homeward.monitoring.control.PublishedTable;
import org.homeward.monitoring.control.SmallCellSuppression;
import org.homeward.problem.RecordNotFoundException;
import org.homeward.security.control.CurrentCaller;
import org.homeward.security.control.Permit;
import org.homeward.security.control.Secured;
import org.homeward.security.entity.Role;
import org.homeward.security.entity.UserAccount;

/**
 * The indicators for a period, the country by region or one region by institution, as the ministry
 * may see them: every breakdown of an indicator about people is suppressed together with the others
 * (they share their area totals) and with its denominator, so that no small count can be worked out
 * from any table published for the period. A breakdown with so many small counts that protecting it
 * would take more work than allowed (and withhold most of it) is published by its area totals alone,
 * its categories withheld; the finest goes first.
 */
@Stateless
@Secured
@Permit({Role.ADMIN, Role.MINISTRY, Role.FINANCE, Role.COMMITTEE})
public class Indicators {

  @Inject IndicatorRepository counts;
  @Inject MonitoringRepository places;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject KeptFigures kept;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "homeward.monitoring.small-count")
  int smallCount;

  /**
   * Every indicator for the period, in the order they are listed, broken down as asked where they are
   * about residents. For the national roles they may be those worked out a few minutes ago ({@link KeptFigures}).
   */
  public List<IndicatorTable> all(Period period, String region, Breakdown breakdown) {
    Set<Long> scope = scope();
    if (scope != null) {
      return workOut(period, region, breakdown, scope).tables();
    }
    Key key = new Key(period.code(), region, breakdown);
    return kept.serve(key, AllIndicators.class, clock.instant(), () -> workOutAndKeep(key, period),
        () -> context.getBusinessObject(Indicators.class).refresh(period, region, breakdown)).tables();
  }

  /** Works out a fresh set of national indicators in the background, for the next visitors. */
  @Asynchronous
  public void refresh(Period period, String region, Breakdown breakdown) {
    Key key = new Key(period.code(), region, breakdown);
    try {
      workOutAndKeep(key, period);
    } catch (RuntimeException e) {
      kept.refreshFailed(key);
      throw e;
    }
  }

  /** What a kept set of indicators answers. */
  private record Key(String period, String region, Breakdown breakdown) {}

  /** Every indicator of a period for some institutions. */
  private record AllIndicators(List<IndicatorTable> tables, int institutions) {}

  private AllIndicators workOutAndKeep(Key key, Period period) {
    Instant asOf = clock.instant();
    long start = System.nanoTime();
    AllIndicators all = workOut(period, key.region(), key.breakdown(), null);
    kept.workedOut(key, all, asOf, all.institutions(), Duration.ofNanos(System.nanoTime() - start));
    return all;
  }

  private AllIndicators workOut(Period period, String region, Breakdown breakdown, Set<Long> scope) {
    List<Institution> institutions = institutions(region, scope);
    List<Area> areas = Area.of(region, institutions);
    List<IndicatorTable> tables = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      tables.add(table(indicator, period, region, breakdown, scope, areas));
    }
    return new AllIndicators(List.copyOf(tables), institutions.size());
  }

  /** One indicator for the period. */
  public IndicatorTable one(Indicator indicator, Period period, String region, Breakdown breakdown) {
    Set<Long> scope = scope();
    return table(indicator, period, region, breakdown, scope, areas(region, scope));
  }

  private IndicatorTable table(Indicator indicator, Period period, String region, Breakdown breakdown, Set<Long> scope, List<Area> areas) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = period.asOf(today);
    SmallCellSuppression suppression = new SmallCellSuppression(smallCount);
    if (indicator.aboutResidents()) {
      return residents(indicator, period, day, day.equals(today), region, breakdown, scope, areas, suppression);
    }
    long[][] top = new long[areas.size()][1];
    long[][] bottom = new long[areas.size()][1];
    List<Object[]> rows = indicator == Indicator.STAFF_TRAINED_IN_RIGHTS ? counts.staffTrainedInRights(day, region, scope)
        : counts.institutions(region, scope);
    for (Object[] row : rows) {
      int area = Area.indexOf(areas, (String) row[0]);
      top[area][0] = ((Number) row[1]).longValue();
      bottom[area][0] = ((Number) row[2]).longValue();
    }
    List<String> all = Breakdown.NONE.categories();
    return switch (indicator) {
      case INSTITUTIONS -> new IndicatorTable(indicator, period, today, Breakdown.NONE, areas, all, visible(top), null, null);
      case RESIDENTS_PER_INSTITUTION -> {
        long[] institutions = new long[areas.size() + 1];
        for (int a = 0; a < areas.size(); a++) {
          institutions[a] = top[a][0];
          institutions[areas.size()] += top[a][0];
        }
        yield new IndicatorTable(indicator, period, today, Breakdown.NONE, areas, all, suppression.publish(CountTable.of(bottom)), null,
            institutions);
      }
      default -> {
        LinkedTables linked = new LinkedTables();
        int trained = linked.add(CountTable.of(top));
        int staff = linked.add(CountTable.of(bottom));
        linked.partOf(trained, staff);
        List<PublishedTable> published = suppression.publish(linked);
        yield new IndicatorTable(indicator, period, day, Breakdown.NONE, areas, all, published.get(0), published.get(1), null);
      }
    };
  }

  /**
   * A resident indicator: numerator and denominator by sex, by age band and by disability group,
   * suppressed together; the breakdown asked for is returned (no breakdown: the area totals).
   */
  private IndicatorTable residents(Indicator indicator, Period period, LocalDate day, boolean today, String region, Breakdown breakdown,
      Set<Long> scope, List<Area> areas, SmallCellSuppression suppression) {
    Map<Breakdown, long[][]> top = new EnumMap<>(Breakdown.class);
    Map<Breakdown, long[][]> bottom = new EnumMap<>(Breakdown.class);
    for (Breakdown split : Breakdown.split()) {
      top.put(split, new long[areas.size()][split.categories().size()]);
      bottom.put(split, new long[areas.size()][split.categories().size()]);
    }
    LocalDate from = period.start().isAfter(day) ? day : period.start();
    for (Object[] row : counts.residents(indicator.name(), day, from, today, region, scope)) {
      int area = Area.indexOf(areas, (String) row[0]);
      long hits = ((Number) row[4]).longValue();
      long people = ((Number) row[5]).longValue();
      for (Breakdown split : Breakdown.split()) {
        int category = split.categories().indexOf((String) row[switch (split) {
          case SEX -> 1;
          case AGE -> 2;
          default -> 3;
        }]);
        top.get(split)[area][category] += hits;
        bottom.get(split)[area][category] += people;
      }
    }
    List<Breakdown> kept = new ArrayList<>(Breakdown.split());
    Map<Breakdown, PublishedTable[]> published = publishBreakdowns(kept, top, bottom, areas.size(), suppression, smallCount,
        suppression.withUsualLimits());
    PublishedTable[] totals = published.get(Breakdown.NONE);
    PublishedTable numerator;
    PublishedTable denominator;
    if (breakdown == Breakdown.NONE) {
      numerator = totals[0];
      denominator = totals[1];
    } else if (kept.contains(breakdown)) {
      numerator = published.get(breakdown)[0];
      denominator = published.get(breakdown)[1];
    } else {
      numerator = PublishedTable.categoriesWithheld(CountTable.of(top.get(breakdown)), totals[0]);
      denominator = PublishedTable.categoriesWithheld(CountTable.of(bottom.get(breakdown)), totals[1]);
    }
    return new IndicatorTable(indicator, period, day, breakdown, areas, breakdown.categories(), numerator, denominator, null);
  }

  /**
   * The area totals ({@link Breakdown#NONE}) and the breakdowns of an indicator's numerator and
   * denominator, suppressed together by {@code limited}; while they are too fine for it, the finest
   * breakdown is removed from {@code kept}. The area totals alone are always protected, by
   * {@code suppression}, however much work that takes: they are one column per area.
   */
  static Map<Breakdown, PublishedTable[]> publishBreakdowns(List<Breakdown> kept, Map<Breakdown, long[][]> top,
      Map<Breakdown, long[][]> bottom, int areas, SmallCellSuppression suppression, int smallCount, SmallCellSuppression limited) {
    Map<Breakdown, PublishedTable[]> published = publishTogether(kept, top, bottom, areas, kept.isEmpty() ? suppression : limited);
    while (published == null) {
      kept.remove(finest(kept, top, smallCount));
      published = publishTogether(kept, top, bottom, areas, kept.isEmpty() ? suppression : limited);
    }
    return published;
  }

  /**
   * The area totals and the {@code kept} breakdowns of an indicator's numerator and denominator,
   * suppressed together as a reader could combine them; null when they are too fine to protect
   * within the work {@code suppression} allows.
   */
  private static Map<Breakdown, PublishedTable[]> publishTogether(List<Breakdown> kept, Map<Breakdown, long[][]> top,
      Map<Breakdown, long[][]> bottom, int areas, SmallCellSuppression suppression) {
    LinkedTables linked = new LinkedTables();
    Map<Breakdown, int[]> numbers = new EnumMap<>(Breakdown.class);
    int[] totals = {linked.add(CountTable.of(top.get(Breakdown.SEX)).rowTotals()), linked.add(CountTable.of(bottom.get(Breakdown.SEX)).rowTotals())};
    linked.partOf(totals[0], totals[1]);
    numbers.put(Breakdown.NONE, totals);
    for (Breakdown split : kept) {
      int[] pair = {linked.add(CountTable.of(top.get(split))), linked.add(CountTable.of(bottom.get(split)))};
      linked.partOf(pair[0], pair[1]);
      for (int area = 0; area <= areas; area++) {
        for (int k = 0; k < 2; k++) {
          linked.same(totals[k], area, 1, pair[k], area, split.categories().size());
        }
      }
      numbers.put(split, pair);
    }
    List<PublishedTable> tables;
    try {
      tables = suppression.publish(linked);
    } catch (SmallCellSuppression.TooFine e) {
      return null;
    }
    Map<Breakdown, PublishedTable[]> published = new EnumMap<>(Breakdown.class);
    numbers.forEach((split, pair) -> published.put(split, new PublishedTable[] {tables.get(pair[0]), tables.get(pair[1])}));
    return published;
  }

  /** The breakdown with the most small counts in its numerator, the first to give up when they are too many to protect. */
  private static Breakdown finest(List<Breakdown> kept, Map<Breakdown, long[][]> top, int smallCount) {
    return kept.stream().max(Comparator.comparingLong(split -> Stream.of(top.get(split)).flatMapToLong(LongStream::of)
        .filter(count -> count >= 1 && count <= smallCount).count())).orElseThrow();
  }

  /** Institutions are not people: their counts are shown whole. */
  private static PublishedTable visible(long[][] counts) {
    return PublishedTable.whole(CountTable.of(counts));
  }

  private List<Area> areas(String region, Set<Long> scope) {
    return Area.of(region, institutions(region, scope));
  }

  private List<Institution> institutions(String region, Set<Long> scope) {
    List<Institution> institutions = places.institutions(region, scope);
    if (region != null && institutions.isEmpty()) {
      throw new RecordNotFoundException("Region", null);
    }
    return institutions;
  }

  private Set<Long> scope() {
    UserAccount account = caller.require();
    return account.national() ? null : account.getInstitutionIds();
  }
}

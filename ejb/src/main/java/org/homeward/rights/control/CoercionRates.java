package org.homeward.rights.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.homeward.rights.entity.CoercionKind;

/**
 * Coercive practice month by month: events per 1,000 resident-days by kind (WHO guidance, Box 4), and
 * the hours people spent secluded or restrained.
 *
 * <p>An event counts in the month it started. Its hours are split over the months it lasted, so a
 * seclusion from 31 January 22:00 to 1 February 02:00 gives two hours to each month.
 */
public final class CoercionRates {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  /** One event as the rates see it: its kind and its times ({@code end} may be unknown). */
  public record Event(CoercionKind kind, LocalDateTime start, LocalDateTime end) {}

  /**
   * One month's figures.
   *
   * @param events how many events of each kind started in the month
   * @param perThousand events per 1,000 resident-days by kind; empty when nobody lived there that month
   */
  public record Month(YearMonth month, long residentDays, Map<CoercionKind, Long> events, Map<CoercionKind, BigDecimal> perThousand,
      BigDecimal seclusionHours, BigDecimal restraintHours) {

    public long total() {
      return events.values().stream().mapToLong(Long::longValue).sum();
    }

    /** All events per 1,000 resident-days, or {@code null} when nobody lived there. */
    public BigDecimal totalPerThousand() {
      return rate(total(), residentDays);
    }
  }

  private CoercionRates() {}

  /** The figures of every month from {@code first} to {@code last}, counting no resident-day after {@code today}. */
  public static List<Month> monthly(List<ResidentDays.Stay> stays, List<Event> events, YearMonth first, YearMonth last, LocalDate today) {
    List<Month> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      long days = ResidentDays.in(stays, month, today);
      Map<CoercionKind, Long> counts = new EnumMap<>(CoercionKind.class);
      for (CoercionKind kind : CoercionKind.values()) {
        counts.put(kind, 0L);
      }
      long seclusionMinutes = 0;
      long restraintMinutes = 0;
      for (Event event : events) {
        if (YearMonth.from(event.start()).equals(month)) {
          counts.merge(event.kind(), 1L, Long::sum);
        }
        long minutes = minutesIn(event, month);
        if (event.kind().seclusion()) {
          seclusionMinutes += minutes;
        } else if (event.kind().restraint()) {
          restraintMinutes += minutes;
        }
      }
      Map<CoercionKind, BigDecimal> rates = new EnumMap<>(CoercionKind.class);
      if (days > 0) {
        counts.forEach((kind, count) -> rates.put(kind, rate(count, days)));
      }
      months.add(new Month(month, days, counts, rates, hours(seclusionMinutes), hours(restraintMinutes)));
    }
    return months;
  }

  /** The minutes of {@code event} that fall in {@code month}; none when its end is unknown. */
  static long minutesIn(Event event, YearMonth month) {
    if (event.end() == null) {
      return 0;
    }
    LocalDateTime monthStart = month.atDay(1).atStartOfDay();
    LocalDateTime monthEnd = month.plusMonths(1).atDay(1).atStartOfDay();
    LocalDateTime from = event.start().isAfter(monthStart) ? event.start() : monthStart;
    LocalDateTime to = event.end().isBefore(monthEnd) ? event.end() : monthEnd;
    return to.isAfter(from) ? ChronoUnit.MINUTES.between(from, to) : 0;
  }

  /** {@code count} per 1,000 of {@code days}, to one decimal; {@code null} without days. */
  public static BigDecimal rate(long count, long days) {
    return days == 0 ? null : BigDecimal.valueOf(count).multiply(THOUSAND).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
  }
}

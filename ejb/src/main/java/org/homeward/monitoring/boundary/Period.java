package org.homeward.monitoring.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as DHIS2 writes it: a year ({@code 2026}), a quarter ({@code 2026Q3}) or a
 * month ({@code 202611}). Figures of people are as of its last day, or today while it runs; moves
 * and readmissions are those within it.
 */
public record Period(String code, LocalDate start, LocalDate end) implements Serializable {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])");

  /** The period a code names, or null when it names none. */
  public static Period parse(String code) {
    if (code == null) {
      return null;
    }
    Matcher m;
    if ((m = YEAR.matcher(code)).matches()) {
      int year = Integer.parseInt(m.group(1));
      return new Period(code, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if ((m = QUARTER.matcher(code)).matches()) {
      YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2);
      return new Period(code, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
    if ((m = MONTH.matcher(code)).matches()) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      return new Period(code, month.atDay(1), month.atEndOfMonth());
    }
    return null;
  }

  /** The quarter that holds {@code day}. */
  public static Period quarterOf(LocalDate day) {
    return parse(day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1));
  }

  /** The period of the same length just before this one. */
  public Period previous() {
    if (code.contains("Q")) {
      return quarterOf(start.minusDays(1));
    }
    if (code.length() == 4) {
      return parse(String.valueOf(start.getYear() - 1));
    }
    YearMonth before = YearMonth.from(start).minusMonths(1);
    return parse(String.format("%d%02d", before.getYear(), before.getMonthValue()));
  }

  /** The day figures of people are counted on: the period's last day, or today while it runs. */
  public LocalDate asOf(LocalDate today) {
    return end.isAfter(today) ? today : end;
  }

  public boolean startsAfter(LocalDate today) {
    return start.isAfter(today);
  }
}

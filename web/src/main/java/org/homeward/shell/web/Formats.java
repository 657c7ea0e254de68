package org.homeward.shell.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.omnifaces.util.Faces;

/** Formats dates, points in time, months and amounts for pages (where a converter cannot be used), in the page's language. */
@Named
@ApplicationScoped
public class Formats {

  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Faces.getLocale()).format(date);
  }

  public String instant(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Faces.getLocale())
        .withZone(ZoneId.systemDefault())
        .format(instant);
  }

  /** An amount in the page's language with its currency; a dash when there is none. */
  public String money(BigDecimal amount, String currency) {
    return amountIn(amount, currency);
  }

  /** A month as the page's language writes it, e.g. "August 2027". */
  public String month(YearMonth month) {
    return month == null ? "–" : DateTimeFormatter.ofPattern("LLLL yyyy", Faces.getLocale()).format(month);
  }

  /** The same as {@link #money} for code that formats outside a page's expressions. */
  public static String amountIn(BigDecimal amount, String currency) {
    if (amount == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Faces.getLocale());
    format.setMaximumFractionDigits(2);
    return format.format(amount) + " " + currency;
  }
}

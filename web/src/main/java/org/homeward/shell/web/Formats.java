package org.homeward.shell.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.omnifaces.util.Faces;

/** Formats dates and points in time for pages (where a converter cannot be used), in the page's language. */
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
}

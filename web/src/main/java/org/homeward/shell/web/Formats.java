package org.homeward.shell.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.omnifaces.util.Faces;

/** Formats points in time for pages, in the server's time zone and the page's language. */
@Named
@ApplicationScoped
public class Formats {

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

package org.homeward.problem.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language an API client asked for, among those Homeward speaks; English otherwise. */
public final class Locales {

  private static final List<String> SUPPORTED = List.of("en", "fr", "es", "ar");

  private Locales() {}

  public static Locale of(HttpHeaders headers) {
    if (headers != null) {
      for (Locale locale : headers.getAcceptableLanguages()) {
        if (SUPPORTED.contains(locale.getLanguage())) {
          return locale;
        }
      }
    }
    return Locale.ENGLISH;
  }
}

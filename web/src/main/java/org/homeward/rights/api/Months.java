package org.homeward.rights.api;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.homeward.problem.InvalidInputException;

/** A month sent as a query parameter, {@code 2026-03}; left out, the period ends this month and starts eleven months before. */
final class Months {

  private Months() {}

  static YearMonth parse(String value, String parameter, YearMonth otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(parameter, "must be a month, e.g. 2026-03");
    }
  }

  static YearMonth[] period(String from, String to, Clock clock) {
    YearMonth last = parse(to, "to", YearMonth.now(clock));
    YearMonth first = parse(from, "from", last.minusMonths(11));
    return new YearMonth[] {first, last};
  }
}

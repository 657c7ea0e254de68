package org.homeward.monitoring.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What a progress report prints: the dashboard of the country (or a region), or of the region an
 * institution is in with only that institution's row kept, and the indicators of the current
 * quarter for the same areas. Nothing in it is about a person.
 *
 * @param institution the institution reported on, or null for the country or a region
 * @param row that institution's row in the dashboard and indicator tables, or -1 for every row and the totals
 */
public record ProgressReport(LocalDate on, String region, Area institution, int row, Dashboard dashboard, List<IndicatorTable> indicators) {

  /** The rows to print: one institution's, or every area's. */
  public List<Integer> rows(int areas) {
    return row >= 0 ? List.of(row) : java.util.stream.IntStream.range(0, areas).boxed().toList();
  }
}

package org.homeward.monitoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.homeward.monitoring.control.PublishedTable;

/**
 * A published table of counts: one row per area (a region, or an institution within a region), one
 * column per category, totals, and every small count suppressed.
 */
public record FigureTable(List<Area> areas, List<String> columns, PublishedTable published) implements Serializable {

  /** The label of a cell; {@code row == areas().size()} is the totals row, {@code column == columns().size()} the totals column. */
  public String label(int row, int column) {
    return published.label(row, column);
  }

  /** The count if it may be shown, else null. */
  public Long value(int row, int column) {
    return published.value(row, column);
  }

  public String total(String column) {
    return label(areas.size(), columns.indexOf(column));
  }

  public String grandTotal() {
    return label(areas.size(), columns.size());
  }
}

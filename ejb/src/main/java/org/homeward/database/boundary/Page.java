package org.homeward.database.boundary;

import java.util.List;

/**
 * One page of a list that is paged in the database.
 *
 * @param items the records on this page
 * @param total how many records match the filters, on all pages
 */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
  }
}

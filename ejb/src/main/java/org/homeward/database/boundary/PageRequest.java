package org.homeward.database.boundary;

/**
 * Which slice of a list to fetch and in which order.
 *
 * @param first index of the first record, from 0
 * @param size records per page, 1 to {@link #MAX_SIZE}
 * @param sortBy a field the list allows sorting by, or null for its default order
 * @param ascending sort direction
 */
public record PageRequest(int first, int size, String sortBy, boolean ascending) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    first = Math.max(0, first);
    size = Math.max(1, Math.min(MAX_SIZE, size));
  }

  public static PageRequest of(int first, int size) {
    return new PageRequest(first, size, null, true);
  }
}

package org.homeward.api;

import java.util.List;
import java.util.function.Function;
import org.homeward.database.boundary.Page;
import org.homeward.database.boundary.PageRequest;

/** A page of a list as the API returns it. */
public record PageJson<T>(List<T> items, long total, int first, int size) {

  public static <E, T> PageJson<T> of(Page<E> page, PageRequest request, Function<E, T> mapper) {
    return new PageJson<>(page.items().stream().map(mapper).toList(), page.total(), request.first(), request.size());
  }
}

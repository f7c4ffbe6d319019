package org.ogptracker.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items and the link to the next page, null on the last page.
 *
 * @param next relative URL of the next page (same filters, with a cursor)
 */
public record Page<T>(
    List<T> items,
    @Schema(description = "Relative link to the next page; absent on the last page",
        example = "/api/v1/countries?limit=50&cursor=eyJrIjpbIkFMQiJdfQ") String next) {

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), next);
  }
}

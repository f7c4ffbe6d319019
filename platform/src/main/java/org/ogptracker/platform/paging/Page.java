package org.ogptracker.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items and, but on the last page, how to get the next one: a link
 * (the same query with the next cursor) and the cursor itself.
 *
 * @param next relative URL of the next page (same filters, with a cursor)
 * @param cursor the cursor of the next page, for a client that builds its own URLs
 */
public record Page<T>(
    @Schema(required = true) List<T> items,
    @Schema(description = "The next page: a URL relative to this API's host (resolve it against "
        + "the URL of this page, as a browser resolves a link); absent on the last page",
        format = "uri-reference", example = "/api/v1/countries?limit=50&cursor=eyJrIjpbIkFMQiJdfQ")
        String next,
    @Schema(description = "The next page's cursor (the cursor query parameter of next); absent "
        + "on the last page", example = "eyJrIjpbIkFMQiJdfQ") String cursor) {

  /** A page that is the last (or the only) one. */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null, null);
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), next, cursor);
  }
}

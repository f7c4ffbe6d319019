package org.ogptracker.platform.paging;

import java.util.List;
import org.ogptracker.platform.problem.Problems;

/**
 * The {@code limit} and {@code cursor} of a list request, checked.
 *
 * <p>A repository fetches {@code limit + 1} rows after {@link #after()} in its stable sort order;
 * {@link #page} turns them into a {@link Page} whose cursor holds the last row's sort key.
 */
public record PageRequest(int limit, List<String> after) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** A request for a list sorted by one key, e.g. a code. */
  public static PageRequest of(String limit, String cursor) {
    return of(limit, cursor, 1);
  }

  /** A request for a list whose stable sort key has {@code keyParts} parts. */
  public static PageRequest of(String limit, String cursor, int keyParts) {
    int l;
    try {
      l = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.strip());
    } catch (NumberFormatException e) {
      l = -1;
    }
    if (l < 1 || l > MAX_LIMIT) {
      throw Problems.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    boolean first = cursor == null || cursor.isEmpty();
    return new PageRequest(l, first ? List.of() : Cursor.decode(cursor, keyParts));
  }

  /** The sort key part {@code i} of the cursor, null on the first page. */
  public String after(int i) {
    return after.isEmpty() ? null : after.get(i);
  }

  /**
   * Part {@code i} of the cursor as a number (for lists sorted by a sequence), or
   * {@code onFirstPage} when there is no cursor; a cursor holding no number is a 400.
   */
  public long afterNumber(int i, long onFirstPage) {
    if (after.isEmpty()) {
      return onFirstPage;
    }
    try {
      return Long.parseLong(after.get(i));
    } catch (NumberFormatException e) {
      throw Problems.invalidField("cursor", "is not a cursor this list gave out");
    }
  }

  public boolean first() {
    return after.isEmpty();
  }

  /**
   * Builds the page from up to {@code limit + 1} fetched rows.
   *
   * @param sortKey the values of the stable sort order of a row, e.g. its code
   * @param link builds the next page's link from a cursor
   */
  public <T> Page<T> page(List<T> rows, java.util.function.Function<T, List<String>> sortKey,
      java.util.function.Function<String, String> link) {
    if (rows.size() <= limit) {
      return Page.last(rows);
    }
    List<T> items = rows.subList(0, limit);
    String cursor = Cursor.encode(sortKey.apply(items.get(limit - 1)));
    return new Page<>(List.copyOf(items), link.apply(cursor), cursor);
  }
}

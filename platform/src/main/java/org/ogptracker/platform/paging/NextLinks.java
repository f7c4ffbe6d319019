package org.ogptracker.platform.paging;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;

/** Builds the relative link to the next page: the request's own path and query, new cursor. */
public final class NextLinks {
  private NextLinks() {}

  public static Function<String, String> from(UriInfo uri) {
    return from(uri, "cursor");
  }

  /** The same, for a list whose cursor goes in the query parameter {@code param}. */
  public static Function<String, String> from(UriInfo uri, String param) {
    return cursor -> {
      URI next = uri.getRequestUriBuilder().replaceQueryParam(param, cursor).build();
      return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    };
  }
}

package org.ogptracker.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every {@link RequestFilter} of the app in one Vert.x route, highest priority first, and
 * stops at the first that answers. Their order is fixed and checked at start: as Quarkus filters
 * of their own, two of one priority ran in no set order (a NUL refusal went out without the
 * security headers), and the router matched and dispatched each as a route of its own.
 */
@ApplicationScoped
class RequestFilters {
  /** The route's place among Quarkus' filters: before CORS (300) and authentication (200). */
  static final int PRIORITY = 1100;

  void register(@Observes Filters filters, @Any Instance<RequestFilter> found) {
    RequestFilter[] chain = inOrder(found.stream().toList());
    filters.register(rc -> run(chain, rc), PRIORITY);
  }

  /** Highest priority first; two of the same priority would run in no set order, so refused. */
  static RequestFilter[] inOrder(List<RequestFilter> filters) {
    RequestFilter[] chain = filters.stream()
        .sorted(Comparator.comparingInt(RequestFilter::priority).reversed())
        .toArray(RequestFilter[]::new);
    for (int i = 1; i < chain.length; i++) {
      if (chain[i].priority() == chain[i - 1].priority()) {
        throw new IllegalStateException("Request filters " + name(chain[i - 1]) + " and "
            + name(chain[i]) + " share priority " + chain[i].priority() + "; give each its own");
      }
    }
    return chain;
  }

  static void run(RequestFilter[] chain, RoutingContext rc) {
    for (RequestFilter filter : chain) {
      if (!filter.pass(rc)) {
        return;
      }
    }
    rc.next();
  }

  private static String name(RequestFilter filter) {
    return filter.getClass().getSimpleName();
  }
}

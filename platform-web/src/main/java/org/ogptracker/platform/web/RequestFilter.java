package org.ogptracker.platform.web;

import io.vertx.ext.web.RoutingContext;

/**
 * A step every request takes before its route: a bean of this type is found and run by
 * {@link RequestFilters}, highest {@link #priority()} first.
 */
public interface RequestFilter {
  /** Where this step runs: higher first, as Quarkus' own filter priorities. */
  int priority();

  /**
   * Lets the request go on (true), or answers it, now or once its body is read (false): no step
   * after it runs.
   */
  boolean pass(RoutingContext rc);
}

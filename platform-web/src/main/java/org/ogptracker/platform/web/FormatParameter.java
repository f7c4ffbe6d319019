package org.ogptracker.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code ?format=csv} asks for CSV like {@code Accept: text/csv} does, for links that cannot
 * carry headers (a browser, a spreadsheet, the open-data catalog's download URLs).
 */
@ApplicationScoped
public class FormatParameter {
  void register(@Observes Filters filters) {
    filters.register(rc -> {
      // Most requests have no such query: skip decoding their parameters.
      String query = rc.request().query();
      if (query != null && query.contains("format=csv")
          && "csv".equals(rc.request().getParam("format"))) {
        rc.request().headers().set(HttpHeaders.ACCEPT, "text/csv");
      }
      rc.next();
    }, 900);
  }
}

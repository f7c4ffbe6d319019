package org.ogptracker.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code ?format=csv} asks for CSV like {@code Accept: text/csv} does, for links that cannot
 * carry headers (a browser, a spreadsheet, the open-data catalog's download URLs).
 */
@ApplicationScoped
public class FormatParameter implements RequestFilter {
  @Override
  public int priority() {
    return 890;
  }

  @Override
  public boolean pass(RoutingContext rc) {
    // Most requests have no such query: skip decoding their parameters.
    String query = rc.request().query();
    if (query != null && query.contains("format=csv")
        && "csv".equals(rc.request().getParam("format"))) {
      rc.request().headers().set(HttpHeaders.ACCEPT, "text/csv");
    }
    return true;
  }
}

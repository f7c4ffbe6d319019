package org.ogptracker.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries, whoever wrote it (a resource, a problem mapper, the gateway's
 * proxy, which copies the service's headers): {@code X-Content-Type-Options: nosniff}, so a
 * browser never runs a JSON or CSV body as a script or page; and on a request that came over
 * HTTPS (directly or, through a trusted proxy, by X-Forwarded-Proto) HSTS for a year, so that
 * browser never asks over plain HTTP again.
 */
@ApplicationScoped
public class SecurityHeaders {
  static final String HSTS = "max-age=31536000; includeSubDomains";

  void register(@Observes Filters filters) {
    filters.register(rc -> {
      rc.addHeadersEndHandler(v -> set(rc));
      rc.next();
    }, 950);
  }

  private static void set(RoutingContext rc) {
    MultiMap headers = rc.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    if (rc.request().isSSL() || "https".equals(rc.request().scheme())) {
      headers.set("Strict-Transport-Security", HSTS);
    }
  }
}

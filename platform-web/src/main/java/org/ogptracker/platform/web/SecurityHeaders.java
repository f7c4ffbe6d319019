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
 * HTTPS (directly or, as the gateway learnt from a trusted proxy, {@link #OVER_HTTPS}) HSTS for a
 * year, so that browser never asks over plain HTTP again.
 */
@ApplicationScoped
public class SecurityHeaders {
  static final String HSTS = "max-age=31536000; includeSubDomains";
  /**
   * Routing-context key a front door sets (to {@code Boolean.TRUE}) on a request its trusted
   * proxy says came over HTTPS (X-Forwarded-Proto).
   */
  public static final String OVER_HTTPS = "ogp.over-https";

  void register(@Observes Filters filters) {
    filters.register(rc -> {
      rc.addHeadersEndHandler(v -> set(rc));
      rc.next();
    }, 950);
  }

  private static void set(RoutingContext rc) {
    MultiMap headers = rc.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    if (overHttps(rc)) {
      headers.set("Strict-Transport-Security", HSTS);
    }
  }

  /** Whether the client reached the suite over HTTPS (directly or through a trusted proxy). */
  public static boolean overHttps(RoutingContext rc) {
    return rc.request().isSSL() || Boolean.TRUE.equals(rc.get(OVER_HTTPS));
  }
}

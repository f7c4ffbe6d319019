package org.ogptracker.platform.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Headers every answer carries, whoever wrote it (a resource, a problem mapper, the gateway's
 * proxy, which copies the service's headers): {@code X-Content-Type-Options: nosniff}, so a
 * browser never runs a JSON or CSV body as a script or page; and on a request that came over
 * HTTPS (directly or, as the gateway learnt from a trusted proxy, {@link #OVER_HTTPS}) HSTS for a
 * year, so that browser never asks over plain HTTP again.
 */
@ApplicationScoped
public class SecurityHeaders implements RequestFilter {
  static final String HSTS = "max-age=31536000; includeSubDomains";
  /**
   * Routing-context key a front door sets (to {@code Boolean.TRUE}) on a request its trusted
   * proxy says came over HTTPS (X-Forwarded-Proto).
   */
  public static final String OVER_HTTPS = "ogp.over-https";

  /** Before {@link RequestTargets}, so that its refusals carry the headers too. */
  @Override
  public int priority() {
    return 960;
  }

  @Override
  public boolean pass(RoutingContext rc) {
    rc.addHeadersEndHandler(v -> set(rc));
    return true;
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

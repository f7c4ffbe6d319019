package org.ogptracker.gateway.limits;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.ogptracker.gateway.auth.BearerTokens;

/**
 * The gateway's own public pages (the merged OpenAPI, Swagger UI, metrics, the open-data catalog)
 * take a client's reads from the same bucket as its API reads, by address: none of them is a way
 * around the limits. Health probes are left alone (the kubelet's, from the node, must never be
 * refused; the public ingress does not route them).
 */
@ApplicationScoped
class PublicPathsLimit {
  private final RateLimits limits;

  PublicPathsLimit(RateLimits limits) {
    this.limits = limits;
  }

  void install(@Observes Router router) {
    // Before the handlers of /q/*, /data.json and /catalog/* (Vert.x runs routes by order,
    // lowest first).
    router.route("/q/*").order(-1).handler(this::limit);
    router.route("/data.json").order(-1).handler(this::limit);
    router.route("/catalog/*").order(-1).handler(this::limit);
  }

  private void limit(RoutingContext rc) {
    if (rc.normalizedPath().startsWith("/q/health")) {
      rc.next();
      return;
    }
    String client = BearerTokens.Anonymous.of(rc).clientKey();
    limits.admit(rc, client, false, rc::next);
  }
}

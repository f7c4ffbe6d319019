package org.ogptracker.gateway;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogptracker.platform.web.SecurityHeaders;

/** The gateway's base URL as its users see it: configured, else the one they called. */
@ApplicationScoped
public class PublicUrls {
  private final GatewayConfig config;

  PublicUrls(GatewayConfig config) {
    this.config = config;
  }

  /** {@code http://host:port}, no trailing slash. */
  public String base(RoutingContext rc) {
    return config.publicUrl().map(u -> u.toString().replaceAll("/+$", ""))
        .orElseGet(() -> (SecurityHeaders.overHttps(rc) ? "https" : "http") + "://"
            + rc.request().authority());
  }
}

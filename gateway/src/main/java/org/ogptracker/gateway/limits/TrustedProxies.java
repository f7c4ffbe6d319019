package org.ogptracker.gateway.limits;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with forwarded addresses taken from anyone: Quarkus trusts every peer's
 * X-Forwarded-For when no trusted proxy is configured, and an empty OGP_TRUSTED_PROXIES would be
 * just that. Every anonymous client could then choose its own rate-limit bucket.
 */
@ApplicationScoped
public class TrustedProxies {
  private final boolean forwarding;
  private final Optional<List<String>> trusted;

  TrustedProxies(
      @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean forwarding,
      @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
    this.forwarding = forwarding;
    this.trusted = trusted;
  }

  void check(@Observes StartupEvent event) {
    check(forwarding, trusted);
  }

  public static void check(boolean forwarding, Optional<List<String>> trusted) {
    if (forwarding && trusted.filter(t -> !t.isEmpty()).isEmpty()) {
      throw new IllegalStateException("OGP_TRUSTED_PROXIES is empty: X-Forwarded-For would be "
          + "taken from any peer. Name the proxies in front of the gateway (addresses or CIDRs), "
          + "or leave it unset (loopback only)");
    }
  }
}

package org.ogptracker.notifications.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are delivered. */
@ConfigMapping(prefix = "ogp.webhooks")
public interface WebhookConfig {
  /**
   * Whether a receiver may be at a private, loopback or link-local address. Off in production
   * (a subscriber could otherwise make the service call into its own network); on in the local
   * and test profiles, whose receivers run on this machine.
   */
  @WithDefault("false")
  boolean allowPrivateReceivers();

  /** Longest wait for a receiver's answer (a delivery or the verification challenge). */
  @WithDefault("10s")
  Duration timeout();

  /** Wait after the first failed attempt; doubled after each, up to {@link #maxRetryInterval}. */
  @WithDefault("5s")
  Duration firstRetry();

  @WithDefault("1h")
  Duration maxRetryInterval();

  /** How long a delivery is tried before it is failed (listed, redeliverable). */
  @WithDefault("24h")
  Duration retryFor();

  /** A subscription whose every delivery has failed this long is disabled, with the reason. */
  @WithDefault("P3D")
  Duration disableAfter();

  /**
   * Deliveries in flight per instance, and per subscription (a slow receiver holds only its own).
   * A place is held from the claim until the attempt's outcome is recorded with the next claim;
   * 256 keep 100 busy subscriptions going at 50 changes a second (the webhook benchmark).
   */
  @WithDefault("256")
  int inFlight();

  @WithDefault("4")
  int inFlightPerSubscription();

  /** How often the sender looks for due deliveries. */
  @WithDefault("100ms")
  Duration poll();

  /** How long a rotated secret still signs beside the new one. */
  @WithDefault("24h")
  Duration secretOverlap();
}

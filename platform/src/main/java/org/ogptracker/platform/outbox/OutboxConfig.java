package org.ogptracker.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay. */
@ConfigMapping(prefix = "ogp.outbox")
public interface OutboxConfig {
  /** CloudEvents {@code source} of every event this service publishes, e.g. /countries-service. */
  String source();

  /** Publish at all; tests of a service without Kafka may turn the relay off. */
  @WithDefault("true")
  boolean enabled();

  /** Longest wait for new events when no commit in this process signalled any. */
  @WithDefault("500ms")
  Duration pollInterval();

  /**
   * Prefix of every topic this service publishes to; tests use {@code test.} so that they never
   * share topics with a running stack.
   */
  java.util.Optional<String> topicPrefix();

  /** Rows published per transaction. */
  @WithDefault("500")
  int batchSize();

  /** Wait after a failed publish (Kafka down) before trying again; doubles up to 10 times. */
  @WithDefault("500ms")
  Duration retryBackoff();

  /** How long a published row is kept before the cleanup deletes it. */
  @WithDefault("P7D")
  Duration retention();
}

package org.ogptracker.platform.inbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code /q/health/well}: the consumers waiting out an outage (the database or Kafka away), with
 * the record each holds and since when. Not readiness: the service may still serve reads (its
 * database check says whether it can), and not liveness: waiting is what it should do.
 */
@Wellness
@ApplicationScoped
public class ConsumersHealth implements HealthCheck {
  private final EventProcessor events;

  ConsumersHealth(EventProcessor events) {
    this.events = events;
  }

  @Override
  public HealthCheckResponse call() {
    Map<String, EventProcessor.Waiting> waiting = events.waiting();
    HealthCheckResponseBuilder b = HealthCheckResponse.named("event consumers")
        .status(waiting.isEmpty());
    waiting.forEach((consumer, w) -> b.withData(consumer, "waiting since " + w.since() + " on "
        + w.record() + ": " + w.failure()));
    return b.build();
  }
}

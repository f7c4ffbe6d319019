package org.ogptracker.platform.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@code /q/health/well}: whether the outbox relay reaches Kafka, and the events waiting for it.
 * Not readiness: while Kafka is away writes still succeed (their events wait in the outbox) and
 * reads need only the database.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {
  private final OutboxRelay relay;

  OutboxHealth(OutboxRelay relay) {
    this.relay = relay;
  }

  @Override
  public HealthCheckResponse call() {
    int failures = relay.failuresInARow();
    var b = HealthCheckResponse.named("outbox relay").status(failures == 0)
        .withData("backlog", relay.backlog());
    if (failures > 0) {
      b.withData("failedPublishesInARow", failures).withData("lastFailure", relay.lastFailure());
    }
    return b.build();
  }
}

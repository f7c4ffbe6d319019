package org.ogptracker.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.ogptracker.gateway.proxy.ServiceProxies;
import org.ogptracker.gateway.routing.Downstream;
import org.ogptracker.gateway.routing.Routes;
import org.ogptracker.gateway.routing.ServiceClient;

/**
 * {@code /q/health/well} holds one check per service: its own readiness, asked each time, and the
 * state of its circuit breaker. Not the gateway's readiness: the gateway can serve while a
 * service is down (that service's routes answer 503 with Retry-After, the others go on), and one
 * dead service must not take every gateway replica out of rotation.
 */
@ApplicationScoped
public class DownstreamHealth {
  private static final long TIMEOUT_MILLIS = 2000;

  void register(@Observes StartupEvent start, @Wellness HealthRegistry wellness, Routes routes,
      ServiceClient client, ServiceProxies proxies) {
    for (Downstream d : routes.downstreams()) {
      wellness.register(d.name(), (AsyncHealthCheck) () -> Uni.createFrom()
          .completionStage(() -> client.get(d, "/q/health/ready", TIMEOUT_MILLIS)
              .toCompletionStage())
          .map(body -> up(d, proxies, true))
          .onFailure().recoverWithItem(e -> up(d, proxies, false)));
    }
  }

  private static HealthCheckResponse up(Downstream d, ServiceProxies proxies, boolean ready) {
    return HealthCheckResponse.named(d.name()).status(ready)
        .withData("circuitBreaker", proxies.breakerState(d.name()))
        .build();
  }
}

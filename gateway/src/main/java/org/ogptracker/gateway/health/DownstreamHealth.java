package org.ogptracker.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ogptracker.gateway.proxy.ServiceProxies;
import org.ogptracker.gateway.routing.Downstream;
import org.ogptracker.gateway.routing.Routes;
import org.ogptracker.gateway.routing.ServiceClient;

/** {@code /q/health/ready} holds one check per service: its own readiness, asked each time. */
@ApplicationScoped
public class DownstreamHealth {
  private static final long TIMEOUT_MILLIS = 2000;

  void register(@Observes StartupEvent start, @Readiness HealthRegistry readiness, Routes routes,
      ServiceClient client, ServiceProxies proxies) {
    for (Downstream d : routes.services()) {
      readiness.register(d.name(), (AsyncHealthCheck) () -> Uni.createFrom()
          .completionStage(() -> client.get(d, "/q/health/ready", TIMEOUT_MILLIS)
              .toCompletionStage())
          .map(body -> up(d, proxies, true))
          .onFailure().recoverWithItem(e -> up(d, proxies, false)));
    }
  }

  private static HealthCheckResponse up(Downstream d, ServiceProxies proxies, boolean ready) {
    return HealthCheckResponse.named(d.name()).status(ready)
        .withData("url", d.url().toString())
        .withData("circuitBreaker", proxies.breakerState(d.name()))
        .build();
  }
}

package org.ogptracker.gateway.proxy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.ogptracker.gateway.GatewayConfig;
import org.ogptracker.gateway.ProblemReplies;
import org.ogptracker.gateway.routing.Downstream;
import org.ogptracker.gateway.routing.Routes;

/**
 * One reverse proxy (vertx-http-proxy) per service, over a shared pooled HTTP client with
 * bounded connect and response times, each behind its own circuit breaker. Bodies stream both
 * ways; headers and statuses pass unchanged.
 */
@ApplicationScoped
public class ServiceProxies {
  private final Map<String, HttpProxy> proxies = new HashMap<>();
  private final Map<String, CircuitBreaker> breakers = new HashMap<>();

  ServiceProxies(Vertx vertx, GatewayConfig config, Routes routes, ProblemReplies replies) {
    HttpClient client = vertx.createHttpClient(new HttpClientOptions()
            .setConnectTimeout((int) config.connectTimeout().toMillis())
            .setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(config.poolSize()));
    GatewayConfig.Breaker b = config.breaker();
    CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
        .failureRateThreshold(b.failureRate())
        .slidingWindowSize(b.window())
        .minimumNumberOfCalls(Math.max(1, b.window() / 2))
        .waitDurationInOpenState(b.openFor())
        .permittedNumberOfCallsInHalfOpenState(1)
        .build();
    long idleMillis = config.responseTimeout().toMillis();
    for (Downstream d : routes.services()) {
      CircuitBreaker breaker = CircuitBreaker.of(d.name(), breakerConfig);
      HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions(), client)
          .origin(context -> context.client().request(new RequestOptions()
              .setHost(d.host()).setPort(d.port()).setIdleTimeout(idleMillis)))
          .addInterceptor(new GuardedOrigin(d.name(), breaker, b.openFor(), replies));
      proxies.put(d.name(), proxy);
      breakers.put(d.name(), breaker);
    }
  }

  public void forward(Downstream service, HttpServerRequest request) {
    proxies.get(service.name()).handle(request);
  }

  /** The breaker's state per service (CLOSED, OPEN, HALF_OPEN), for health. */
  public String breakerState(String service) {
    return breakers.get(service).getState().name();
  }
}

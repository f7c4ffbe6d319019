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
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ogptracker.gateway.GatewayConfig;
import org.ogptracker.gateway.ProblemReplies;
import org.ogptracker.gateway.routing.Downstream;
import org.ogptracker.gateway.routing.Routes;

/**
 * One reverse proxy (vertx-http-proxy) per service, over a shared pooled HTTP client with
 * bounded connect and response times, each behind its own circuit breaker. Bodies stream both
 * ways; headers and statuses pass unchanged.
 */
@Singleton
public class ServiceProxies {
  private final Vertx vertx;
  private final GatewayConfig config;
  private final Routes routes;
  private final ProblemReplies replies;
  private final Map<String, CircuitBreaker> breakers = new HashMap<>();
  /**
   * Proxies per event-loop thread, each over a client of its own: a request is proxied on the
   * thread that received it, over connections that live on that thread too (one shared pool
   * would hand connections across threads on every request).
   */
  private final Map<Thread, Map<String, HttpProxy>> perThread = new ConcurrentHashMap<>();

  ServiceProxies(Vertx vertx, GatewayConfig config, Routes routes, ProblemReplies replies) {
    this.vertx = vertx;
    this.config = config;
    this.routes = routes;
    this.replies = replies;
    GatewayConfig.Breaker b = config.breaker();
    CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
        .failureRateThreshold(b.failureRate())
        .slidingWindowSize(b.window())
        .minimumNumberOfCalls(Math.max(1, b.window() / 2))
        .waitDurationInOpenState(b.openFor())
        .permittedNumberOfCallsInHalfOpenState(1)
        .build();
    for (Downstream d : routes.downstreams()) {
      breakers.put(d.name(), CircuitBreaker.of(d.name(), breakerConfig));
    }
  }

  public void forward(Downstream service, HttpServerRequest request) {
    perThread.computeIfAbsent(Thread.currentThread(), t -> proxies()).get(service.name())
        .handle(request);
  }

  private Map<String, HttpProxy> proxies() {
    HttpClient client = vertx.createHttpClient(new HttpClientOptions()
            .setConnectTimeout((int) config.connectTimeout().toMillis())
            .setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(config.poolSize()));
    long idleMillis = config.responseTimeout().toMillis();
    Map<String, HttpProxy> proxies = new HashMap<>();
    for (Downstream d : routes.downstreams()) {
      proxies.put(d.name(), HttpProxy.reverseProxy(new ProxyOptions(), client)
          .origin(context -> context.client().request(new RequestOptions()
              .setHost(d.host()).setPort(d.port()).setIdleTimeout(idleMillis)))
          .addInterceptor(new GuardedOrigin(d.name(), breakers.get(d.name()),
              config.breaker().openFor(), replies)));
    }
    return proxies;
  }

  /** The breaker's state per service (CLOSED, OPEN, HALF_OPEN), for health. */
  public String breakerState(String service) {
    return breakers.get(service).getState().name();
  }
}

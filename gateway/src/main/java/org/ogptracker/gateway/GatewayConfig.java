package org.ogptracker.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway is told: where the services are and how hard to protect them. */
@ConfigMapping(prefix = "ogp.gateway")
public interface GatewayConfig {

  /** The services behind the gateway, by name (countries-service, ...). */
  Map<String, Service> services();

  /** Time to open a connection to a service; a service that takes longer is down. */
  @WithDefault("2s")
  Duration connectTimeout();

  /** Longest silence of a service while it answers; then the request fails with 504. */
  @WithDefault("30s")
  Duration responseTimeout();

  /** Connections kept per service. */
  @WithDefault("64")
  int poolSize();

  Limits limits();

  Breaker breaker();

  /** How often the merged OpenAPI is fetched again from the services. */
  @WithDefault("60s")
  Duration openapiRefresh();

  /**
   * Where the public pages are made (pages-service), served at {@code /}, {@code /members/*},
   * {@code /plans/*}, {@code /commitments/*} and {@code /static/*}; none: no pages.
   */
  Optional<URI> pagesUrl();

  /** Base URL the catalog and the OpenAPI document give; default: the request's own. */
  Optional<URI> publicUrl();

  /** The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (TrustedProxies). */
  Optional<List<String>> trustedProxies();

  interface Service {
    URI url();

    /** The first path segments under /api/v1 this service owns. */
    List<String> paths();
  }

  /** Per client (token subject, else address): reads (GET, HEAD) and writes apart. */
  interface Limits {
    Limit reads();

    Limit writes();

    /**
     * The store every replica keeps its buckets in (redis://host:port, rediss:// for TLS); none:
     * each replica limits alone (the configured limit times the replicas a client reaches).
     */
    Optional<String> redis();

    /** Longest wait for the store; a request it does not answer in time is limited here. */
    @WithDefault("250ms")
    Duration redisTimeout();
  }

  interface Limit {
    /** Requests allowed in a burst. */
    long burst();

    /** Requests added back per second. */
    long perSecond();
  }

  /** When a service fails (cannot be reached or times out), stop calling it for a while. */
  interface Breaker {
    /** Failure rate, in percent of the last calls, that opens the breaker. */
    @WithDefault("50")
    float failureRate();

    /** Calls the failure rate is measured over. */
    @WithDefault("10")
    int window();

    /** How long an open breaker answers 503 at once before trying the service again. */
    @WithDefault("5s")
    Duration openFor();
  }
}

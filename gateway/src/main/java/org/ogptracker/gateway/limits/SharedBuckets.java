package org.ogptracker.gateway.limits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.ogptracker.gateway.GatewayConfig;

/**
 * The buckets every gateway replica shares, in Redis ({@code ogp.gateway.limits.redis}). A rate
 * limiter must never take the API down with it: a call to Redis that fails or takes longer than
 * {@code redis-timeout} is limited by the replica alone, and after a few failures a circuit
 * breaker stops asking Redis for a while (then tries one call). Both changes are logged.
 */
final class SharedBuckets {
  private static final Logger LOG = Logger.getLogger(SharedBuckets.class);
  /** Keys in Redis: ogp:rate:r|ip:203.0.113.7, ogp:rate:w|sub:... */
  private static final String PREFIX = "ogp:rate:";
  private final RedisBucketStore store;
  private final CircuitBreaker breaker;

  private SharedBuckets(RedisBucketStore store, CircuitBreaker breaker) {
    this.store = store;
    this.breaker = breaker;
  }

  static Optional<SharedBuckets> of(Vertx vertx, GatewayConfig.Limits limits) {
    if (limits.redis().isEmpty()) {
      LOG.info("Rate limits: no shared store (ogp.gateway.limits.redis); this replica limits "
          + "each client alone, which is the configured limit only while one gateway runs");
      return Optional.empty();
    }
    String url = limits.redis().get();
    Redis redis = Redis.createClient(vertx, new RedisOptions().setConnectionString(url)
        .setMaxPoolSize(8).setMaxPoolWaiting(1024));
    Duration timeout = limits.redisTimeout();
    RedisBucketStore store = new RedisBucketStore(redis,
        ClientSideConfig.getDefault().withRequestTimeout(timeout),
        // A bucket is kept until it would be full again anyway, plus a margin.
        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)));
    CircuitBreaker breaker = CircuitBreaker.of("rate-limit-store", CircuitBreakerConfig.custom()
        .failureRateThreshold(50).slidingWindowSize(10).minimumNumberOfCalls(3)
        .waitDurationInOpenState(Duration.ofSeconds(5)).permittedNumberOfCallsInHalfOpenState(1)
        .build());
    String where = url.replaceAll("//[^@/]*@", "//");
    breaker.getEventPublisher().onStateTransition(e -> {
      switch (e.getStateTransition().getToState()) {
        case OPEN -> LOG.warnf("Rate limits: the shared store at %s is unreachable; each "
            + "replica limits its clients alone until it is back", where);
        case CLOSED -> LOG.infof("Rate limits: the shared store at %s is back; the replicas "
            + "share their buckets again", where);
        default -> { }
      }
    });
    LOG.infof("Rate limits: buckets shared by every replica in %s", where);
    return Optional.of(new SharedBuckets(store, breaker));
  }

  /** Whether Redis is asked now (the breaker is not open). */
  boolean available() {
    return breaker.tryAcquirePermission();
  }

  /** Takes one token of {@code key}; call only after {@link #available()} said yes. */
  CompletableFuture<ConsumptionProbe> take(String key, BucketConfiguration configuration) {
    long start = System.nanoTime();
    return store.asAsync().builder().build(PREFIX + key, configuration)
        .tryConsumeAndReturnRemaining(1)
        .whenComplete((probe, failure) -> {
          long nanos = System.nanoTime() - start;
          if (failure == null) {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
          } else {
            breaker.onError(nanos, TimeUnit.NANOSECONDS, failure);
          }
        });
  }
}

package org.ogptracker.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.ogptracker.gateway.GatewayConfig;
import org.ogptracker.platform.web.Problem;

/**
 * Token buckets per client, one for reads and one for writes: a client may spend its burst at
 * once and then the refill rate. With a shared store ({@link SharedBuckets}, Redis) every
 * replica takes from the same bucket, so the limit a client sees is the configured one however
 * many gateways run; without one, or while it is unreachable, each replica keeps buckets of its
 * own in memory (forgotten after 10 idle minutes: a new bucket starts full, which loses a client
 * nothing).
 */
@Singleton
public class RateLimits {
  /** Reads' and writes' bucket configuration, made once (not per request). */
  private final BucketConfiguration reads;
  private final BucketConfiguration writes;
  private final Optional<SharedBuckets> shared;
  /** Its upkeep (evictions) runs on the calling event loop, not handed to the common pool. */
  private final Cache<String, Bucket> local = Caffeine.newBuilder().executor(Runnable::run)
      .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

  RateLimits(GatewayConfig config, Vertx vertx) {
    this.reads = configuration(config.limits().reads());
    this.writes = configuration(config.limits().writes());
    this.shared = SharedBuckets.of(vertx, config.limits());
  }

  /** The outcome of one request: allowed, or refused until {@code retryAfterSeconds}. */
  public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    static Decision of(ConsumptionProbe probe) {
      if (probe.isConsumed()) {
        return new Decision(true, probe.getRemainingTokens(), 0);
      }
      long waitNanos = probe.getNanosToWaitForRefill();
      return new Decision(false, 0, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
    }
  }

  /**
   * Takes one request of {@code clientKey} from its bucket and then runs {@code next}, or answers
   * the refusal itself: 429 problem+json with Retry-After. While the shared store is asked, the
   * request's body waits (paused) and the event loop goes on; {@code next} runs back on the
   * request's own context.
   */
  public void admit(RoutingContext rc, String clientKey, boolean write, Runnable next) {
    String key = (write ? "w|" : "r|") + clientKey;
    if (shared.isEmpty() || !shared.get().available()) {
      decide(rc, write, takeLocally(key, write), next);
      return;
    }
    Context context = Vertx.currentContext();
    rc.request().pause();
    shared.get().take(key, write ? writes : reads).whenComplete((probe, failure) ->
        context.runOnContext(v -> decide(rc, write,
            failure == null ? Decision.of(probe) : takeLocally(key, write), next)));
  }

  private void decide(RoutingContext rc, boolean write, Decision decision, Runnable next) {
    if (decision.allowed()) {
      next.run();
      return;
    }
    rc.request().resume(); // its body is read (and dropped): the connection goes on
    rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    Problem.send(rc, Problem.of("rate-limited", "Too many requests", 429,
        "Too many " + (write ? "writes" : "reads") + " from this client; retry in "
            + decision.retryAfterSeconds() + " s"));
  }

  /** One request from this replica's own bucket of {@code key}. */
  Decision takeLocally(String key, boolean write) {
    Bucket bucket = local.get(key, k -> Bucket.builder()
        .addLimit((write ? writes : reads).getBandwidths()[0]).build());
    return Decision.of(bucket.tryConsumeAndReturnRemaining(1));
  }

  private static BucketConfiguration configuration(GatewayConfig.Limit limit) {
    return BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(limit.burst())
        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)).build()).build();
  }
}

package org.ogptracker.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.ogptracker.gateway.GatewayConfig;
import org.ogptracker.platform.web.Problem;

/**
 * Token buckets per client, one for reads and one for writes: a client may spend its burst at
 * once and then the refill rate. Buckets of clients idle for 10 minutes are forgotten (a new
 * bucket starts full, so that loses a client nothing).
 */
@ApplicationScoped
public class RateLimits {
  private final GatewayConfig.Limits limits;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

  RateLimits(GatewayConfig config) {
    this.limits = config.limits();
  }

  /** The outcome of one request: allowed, or refused until {@code retryAfterSeconds}. */
  public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}

  /**
   * Takes one request of {@code clientKey} from its bucket; a refusal is answered here: 429
   * problem+json with Retry-After. Whether the request may go on.
   */
  public boolean admit(RoutingContext rc, String clientKey, boolean write) {
    Decision decision = take(clientKey, write);
    if (!decision.allowed()) {
      rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
      Problem.send(rc, Problem.of("rate-limited", "Too many requests", 429,
          "Too many " + (write ? "writes" : "reads") + " from this client; retry in "
              + decision.retryAfterSeconds() + " s"));
    }
    return decision.allowed();
  }

  public Decision take(String clientKey, boolean write) {
    GatewayConfig.Limit limit = write ? limits.writes() : limits.reads();
    Bucket bucket = buckets.get((write ? "w|" : "r|") + clientKey, k -> Bucket.builder()
        .addLimit(l -> l.capacity(limit.burst())
            .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)))
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return new Decision(true, probe.getRemainingTokens(), 0);
    }
    long waitNanos = probe.getNanosToWaitForRefill();
    return new Decision(false, 0, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
  }
}

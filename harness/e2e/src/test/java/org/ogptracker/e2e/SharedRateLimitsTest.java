package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/**
 * Two gateway replicas in front of the same services keep their buckets in one Redis: a client
 * whose requests a load balancer spreads over both gets the configured burst once, not once per
 * replica. Redis going away takes nothing down: each replica limits alone until it is back, and
 * then they share again.
 */
class SharedRateLimitsTest {
  private static final int BURST = 30;
  private static final int PER_SECOND = 1;
  private static final String READ = "/api/v1/themes";
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  @Test
  void replicas_share_one_bucket_per_client_and_limit_alone_while_redis_is_away()
      throws Exception {
    Suite.start();
    try (RedisServer redis = new RedisServer().start()) {
      List<String> options = List.of("-Dogp.gateway.limits.redis=" + redis.url(),
          "-Dogp.gateway.limits.reads.burst=" + BURST,
          "-Dogp.gateway.limits.reads.per-second=" + PER_SECOND);
      List<String> replicas = List.of(
          SuiteProcesses.startGatewayReplica("gateway-a", options),
          SuiteProcesses.startGatewayReplica("gateway-b", options));
      try {
        // A write waits (its body paused) while the store is asked, and arrives whole.
        String code = TestMembers.freshCode('V');
        given().baseUri(replicas.get(0))
            .header("Authorization", TestTokens.bearer(TestTokens.admin()))
            .contentType("application/json")
            .body("{\"code\":\"" + code + "\",\"name\":\"Sharedland\",\"kind\":\"national\","
                + "\"region\":\"Europe\"}")
            .post("/api/v1/countries").then().statusCode(201);

        Spread shared = spread(replicas, 3 * BURST);
        assertTrue(shared.allowed() >= BURST && shared.allowed() <= BURST + shared.refilled(),
            shared + ": one burst of " + BURST + " for both replicas together");

        redis.stop();
        Spread alone = spread(replicas, 3 * BURST);
        assertTrue(alone.allowed() >= 2 * BURST
                && alone.allowed() <= 2 * BURST + 2 * alone.refilled(),
            alone + ": with Redis away, each replica's own burst of " + BURST);
        for (String replica : List.of("gateway-a", "gateway-b")) {
          assertTrue(SuiteProcesses.logWith(replica, "is unreachable").contains(
              "the shared store at " + redis.url() + " is unreachable"), replica + " says so");
        }

        redis.start();
        String back = "the shared store at " + redis.url() + " is back";
        await("both replicas back on the shared store").atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500)).until(() -> {
              replicas.forEach(r -> read(r, "198.51.100.250"));
              return List.of("gateway-a", "gateway-b").stream().allMatch(g ->
                  SuiteProcesses.logWith(g, back).contains(back));
            });
        Spread again = spread(replicas, 3 * BURST);
        assertTrue(again.allowed() >= BURST && again.allowed() <= BURST + again.refilled(),
            again + ": one burst again once Redis is back");
      } finally {
        SuiteProcesses.kill("gateway-a");
        SuiteProcesses.kill("gateway-b");
      }
    }
  }

  /**
   * Reads of one new anonymous client (its address forwarded by the trusted proxy, 127.0.0.1),
   * alternating between the replicas as a round-robin balancer would. Every answer is a 200 or a
   * 429: the limiter never fails a request.
   */
  private static Spread spread(List<String> replicas, int requests) {
    String client = "198.51.100." + CLIENTS.incrementAndGet();
    Map<Integer, Integer> statuses = new HashMap<>();
    long start = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      statuses.merge(read(replicas.get(i % replicas.size()), client), 1, Integer::sum);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(requests, statuses.getOrDefault(200, 0) + statuses.getOrDefault(429, 0),
        "only 200s and 429s: " + statuses);
    return new Spread(statuses.getOrDefault(200, 0), (int) Math.ceil(seconds * PER_SECOND) + 1,
        seconds);
  }

  private static int read(String replica, String client) {
    return given().baseUri(replica).header("X-Forwarded-For", client).get(READ).statusCode();
  }

  /** How many reads were let through, and how many tokens the buckets could have refilled. */
  record Spread(int allowed, int refilled, double seconds) {}
}

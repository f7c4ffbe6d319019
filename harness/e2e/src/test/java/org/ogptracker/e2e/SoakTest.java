package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestTokens;

/**
 * A bounded soak through the gateway: mixed reads and writes at a steady rate (requests are sent
 * on a fixed schedule, whatever the answers' latency) for {@code ogp.soak.seconds} (default
 * 120) at {@code ogp.soak.rate} requests per second (default 40, one in five a progress update).
 * The load reaches its rate, no request fails, the outbox backlog does not grow and every
 * service's outbox is empty after, every update is applied once by reports-service, and no app's
 * resident memory keeps growing once warm.
 */
class SoakTest {
  private static final int SECONDS = Integer.getInteger("ogp.soak.seconds", 120);
  private static final int RATE = Integer.getInteger("ogp.soak.rate", 40);
  private static final int WARM_UP_SECONDS = 20;
  private static final List<String> APPS = List.of("countries-service", "commitments-service",
      "reports-service", SuiteProcesses.GATEWAY);

  @BeforeAll
  static void start() {
    Suite.start();
  }

  @Test
  void a_steady_mixed_load_fails_nothing_and_grows_nothing() throws Exception {
    String member = Steps.activeMember();
    String gov = TestTokens.government(member);
    String plan = Steps.newPlan(gov, member, "2025", "2027");
    List<String> commitments = new ArrayList<>();
    List<String> milestones = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String c = Steps.newCommitment(gov, plan, "Soak " + i, "improving_public_services",
          "access_to_information");
      commitments.add(c);
      milestones.add(Steps.newMilestone(gov, c, "Soak milestone " + i + "a"));
      milestones.add(Steps.newMilestone(gov, c, "Soak milestone " + i + "b"));
    }
    await().atMost(Steps.EVENTUAL).ignoreExceptions()
        .until(() -> given().get("/api/v1/scorecards/" + commitments.get(0)).statusCode() == 200
            && given().get("/api/v1/scorecards/" + commitments.get(1))
                .path("selfReported.milestones").toString().contains(milestones.get(3)));
    long appliedBefore = AppMetrics.applied("reports-service", "reports.commitments");

    String gateway = io.restassured.RestAssured.baseURI;
    List<HttpRequest> reads = new ArrayList<>();
    for (String path : List.of("/api/v1/commitments/" + commitments.get(0),
        "/api/v1/commitments?plan=" + plan + "&limit=50",
        "/api/v1/plan-tracking/" + plan + "/timeline?limit=50",
        "/api/v1/scorecards/" + commitments.get(1),
        "/api/v1/countries/" + member,
        "/api/v1/milestones/" + milestones.get(0) + "/progress?limit=20")) {
      reads.add(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10))
          .build());
    }

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(4)).build();
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger acceptedUpdates = new AtomicInteger();
    AtomicLong sent = new AtomicLong();
    long periodMicros = 1_000_000L / RATE;
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    clock.scheduleAtFixedRate(() -> {
      long n = sent.getAndIncrement();
      boolean write = n % 5 == 0;
      HttpRequest request = write
          ? HttpRequest.newBuilder(URI.create(gateway + "/api/v1/milestones/"
                  + milestones.get((int) (n / 5 % milestones.size())) + "/progress"))
              .header("Authorization", "Bearer " + gov)
              .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
              .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"in_progress\","
                  + "\"percentComplete\":" + (n % 100) + ",\"note\":\"soak " + n + "\"}"))
              .build()
          : reads.get((int) (n % reads.size()));
      long t0 = System.nanoTime();
      http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
        latencies.add(System.nanoTime() - t0);
        String outcome = e != null ? e.getClass().getSimpleName() : Integer.toString(r.statusCode());
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        if (write && r != null && r.statusCode() == 201) {
          acceptedUpdates.incrementAndGet();
        }
      });
    }, 0, periodMicros, TimeUnit.MICROSECONDS);

    Map<String, List<Long>> rss = new LinkedHashMap<>();
    APPS.forEach(app -> rss.put(app, new ArrayList<>()));
    List<Long> backlog = new ArrayList<>();
    long startedAt = System.nanoTime();
    Thread.sleep(WARM_UP_SECONDS * 1000L);
    long measuredFrom = sent.get();
    long measuredAt = System.nanoTime();
    while (System.nanoTime() - startedAt < TimeUnit.SECONDS.toNanos(SECONDS)) {
      for (String app : APPS) {
        rss.get(app).add(rssKb(SuiteProcesses.pid(app)));
      }
      backlog.add(AppMetrics.outboxBacklog("commitments-service"));
      Thread.sleep(5_000);
    }
    double reached = (sent.get() - measuredFrom) / ((System.nanoTime() - measuredAt) / 1e9);
    clock.shutdown();
    clock.awaitTermination(10, TimeUnit.SECONDS);
    long total = sent.get();
    await().atMost(Duration.ofSeconds(15)).until(() -> latencies.size() >= total);

    // Every accepted update reaches reports-service's timeline of the plan.
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
        .until(() -> Steps.progressEvents(plan).size() >= acceptedUpdates.get());
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("Soak: %d requests at %d/s (%.1f/s reached) for %d s (%d after %d s warm-up), outcomes %s,"
            + " latency p50 %.1f ms p99 %.1f ms, %d updates accepted; outbox backlog samples %s;"
            + " RSS kB (every 5 s after warm-up) %s%n",
        total, RATE, reached, SECONDS, total - measuredFrom, WARM_UP_SECONDS, new TreeMap<>(outcomes),
        percentile(sorted, 0.50), percentile(sorted, 0.99), acceptedUpdates.get(), backlog, rss);

    // The schedule kept its rate (a stalled client would send less, and the test would prove
    // less): at least 95% of it, measured after the warm-up.
    assertTrue(reached >= 0.95 * RATE, "the load reached " + reached + "/s of " + RATE + "/s");
    long writes = (total + 4) / 5; // requests 0, 5, 10, ... were updates
    assertEquals(Map.of("200", total - writes, "201", writes), counts(outcomes),
        "every read answered 200 and every update 201, nothing else");
    List<String> events = Steps.progressEvents(plan);
    int stored = 0;
    for (String m : milestones) {
      stored += Steps.progressNotes(m).size();
    }
    assertEquals(acceptedUpdates.get(), stored, "each accepted update stored once");
    assertEquals(acceptedUpdates.get(), events.size(), "each accepted update once in the timeline");
    assertEquals(appliedBefore + acceptedUpdates.get(), AppMetrics.applied("reports-service",
        "reports.commitments"), "each accepted update applied once by the consumer");
    // Every outbox drained: nothing written during the soak waits to be published.
    for (String service : SuiteProcesses.SERVICES) {
      await(service + "'s outbox drained").atMost(Duration.ofSeconds(30))
          .until(() -> AppMetrics.outboxBacklog(service) == 0);
    }
    List<Long> lastHalf = backlog.subList(backlog.size() / 2, backlog.size());
    assertTrue(lastHalf.stream().allMatch(b -> b <= 2L * RATE / 5),
        "the outbox keeps up (backlog at most two seconds of writes): " + backlog);
    for (Map.Entry<String, List<Long>> app : rss.entrySet()) {
      List<Long> s = app.getValue();
      long first = s.get(0);
      long last = s.get(s.size() - 1);
      assertTrue(last <= first * 1.25, app.getKey() + " RSS grew from " + first + " to " + last
          + " kB: " + s);
    }
  }

  private static Map<String, Long> counts(Map<String, AtomicInteger> outcomes) {
    Map<String, Long> counts = new TreeMap<>();
    outcomes.forEach((k, v) -> counts.put(k, (long) v.get()));
    return counts;
  }

  /** Resident set size of a process, from /proc (Linux). */
  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static double percentile(List<Long> sortedNanos, double p) {
    if (sortedNanos.isEmpty()) {
      return 0;
    }
    int i = (int) Math.min(sortedNanos.size() - 1, Math.ceil(p * sortedNanos.size()) - 1);
    return sortedNanos.get(Math.max(i, 0)) / 1e6;
  }
}

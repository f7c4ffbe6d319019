package org.ogptracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Progress updates from government staff through the gateway: as fast as they are accepted
 * (closed loop), and at a fixed rate with the time each takes to reach reports-service's plan
 * timeline (commit in commitments-service → outbox → Kafka → reports-service's database). A
 * refused update, an outbox that does not drain or an event that does not arrive fails the run:
 * a figure over lost writes is no figure.
 */
final class Writes {
  /** A plan of a member of its own, with milestones to report progress on. */
  record Target(String member, String token, String plan, List<String> milestones) {}

  /** Accepted updates per second; p50/p99 of the POST; the wait until all were published. */
  record Throughput(double perSecond, double p50Millis, double p99Millis, long accepted,
      long failed, Duration publishedAfter) {}

  /** A warm-up: how long it took, its rounds, the last round's rate, whether two agreed. */
  record WarmUp(Duration took, int rounds, double last, boolean steady) {}

  /** Commit to arrival in reports-service, at an offered rate. */
  record Latency(int rate, int updates, int arrived, double p50Millis, double p99Millis,
      double maxMillis) {}

  private final Api gateway;
  private final Api countries;
  private final Api commitments;
  private final Api reports;
  private final Tokens tokens;

  Writes(Api gateway, Api countries, Api commitments, Api reports, Tokens tokens) {
    this.gateway = gateway;
    this.countries = countries;
    this.commitments = commitments;
    this.reports = reports;
    this.tokens = tokens;
  }

  /** An active member, a plan open for progress and {@code milestones} milestones. */
  Target target(String member, int milestones) {
    countries.call("POST", "/api/v1/countries", tokens.admin(), "{\"code\":\"" + member
        + "\",\"name\":\"Bench member " + member + "\",\"kind\":\"national\","
        + "\"region\":\"Europe\",\"status\":\"active\"}", 201, 409);
    String token = tokens.government(member);
    String plan = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (plan == null) {
      try {
        plan = gateway.call("POST", "/api/v1/action-plans", token, "{\"memberCode\":\"" + member
            + "\",\"periodStart\":\"2025\",\"periodEnd\":\"2027\"}", 201).get("id").asText();
      } catch (IllegalStateException notYetActive) { // the member's status is still on its way
        if (System.nanoTime() > until) {
          throw notYetActive;
        }
        Apps.sleep(200);
      }
    }
    String commitment = gateway.call("POST", "/api/v1/action-plans/" + plan + "/commitments", token,
        "{\"title\":\"Bench commitment\"}", 201).get("id").asText();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < milestones; i++) {
      ids.add(gateway.call("POST", "/api/v1/commitments/" + commitment + "/milestones", token,
          "{\"description\":\"Bench milestone " + i + "\"}", 201).get("id").asText());
    }
    return new Target(member, token, plan, ids);
  }

  /** {@code workers} clients posting updates one after the other for {@code duration}. */
  Throughput closedLoop(Target t, int workers, Duration duration) throws Exception {
    AtomicLong failed = new AtomicLong();
    AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
    AtomicLong next = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<long[]>> all = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      all.add(pool.submit(() -> {
        long[] latencies = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          long i = next.getAndIncrement();
          String milestone = t.milestones().get((int) (i % t.milestones().size()));
          long start = System.nanoTime();
          try {
            post(t, milestone, (int) (i % 99) + 1);
            if (n < latencies.length) {
              latencies[n++] = System.nanoTime() - start;
            }
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, e);
          }
        }
        return java.util.Arrays.copyOf(latencies, n);
      }));
    }
    long[] latencies = join(all);
    pool.shutdown();
    if (failed.get() > 0) {
      throw new IllegalStateException(failed.get() + " of " + (latencies.length + failed.get())
          + " progress updates failed; the first: " + firstFailure.get().getMessage(),
          firstFailure.get());
    }
    Duration published = awaitPublished(Duration.ofMinutes(5));
    if (published.isNegative()) {
      throw new IllegalStateException("commitments-service's outbox still held events 5 min "
          + "after the last update");
    }
    return new Throughput(latencies.length / (duration.toNanos() / 1e9), Stats.millis(latencies, 0.5),
        Stats.millis(latencies, 0.99), latencies.length, failed.get(), published);
  }

  /**
   * The closed loop in rounds of {@code round} until two rounds in a row agree within 5% (at most
   * {@code atMost}). The write path is compiled by the JIT under this load for minutes: on two
   * cores, C2 took most of commitments-service's CPU for the first two minutes of progress
   * updates, and a 5 s warm-up measured the compiler more than the writes (issue 31).
   */
  WarmUp warmUp(Target t, int workers, Duration round, Duration atMost) throws Exception {
    long start = System.nanoTime();
    double previous = -1;
    int rounds = 0;
    while (true) {
      double rate = closedLoop(t, workers, round).perSecond();
      rounds++;
      boolean steady = previous > 0 && Math.abs(rate - previous) <= 0.05 * previous;
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (steady || took.compareTo(atMost) >= 0) {
        return new WarmUp(took, rounds, rate, steady);
      }
      previous = rate;
    }
  }

  /** {@code n} updates at {@code rate} per second (open loop), then their arrival times. */
  Latency atRate(Target t, int n, int rate) throws Exception {
    postAtRate(List.of(t), n, rate);
    long[] latencies = arrivals(t.plan(), n, Duration.ofMinutes(2));
    if (latencies.length < n) {
      throw new IllegalStateException("only " + latencies.length + " of " + n + " progress "
          + "updates reached reports-service's timeline within 2 min");
    }
    return new Latency(rate, n, latencies.length, Stats.millis(latencies, 0.5),
        Stats.millis(latencies, 0.99), Stats.millis(latencies, 1.0));
  }

  /**
   * {@code n} updates at {@code rate} per second in all (open loop), to the targets in turn and
   * each target's milestones in turn; returns when every one was accepted.
   */
  void postAtRate(List<Target> targets, int n, int rate) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long start = System.nanoTime();
    long period = 1_000_000_000L / rate;
    List<Future<JsonNode>> posts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long due = start + i * period;
      Target t = targets.get(i % targets.size());
      int round = i / targets.size();
      String milestone = t.milestones().get(round % t.milestones().size());
      int percent = round % 99 + 1;
      posts.add(pool.submit(() -> {
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        return post(t, milestone, percent);
      }));
    }
    for (Future<JsonNode> f : posts) {
      f.get();
    }
    pool.shutdown();
  }

  private JsonNode post(Target t, String milestone, int percent) {
    return gateway.call("POST", "/api/v1/milestones/" + milestone + "/progress", t.token(),
        "{\"status\":\"in_progress\",\"percentComplete\":" + percent + ",\"note\":\"bench\"}", 201);
  }

  /**
   * For each progress update on the plan (a plan of this measurement only), the time from its
   * commit (the event's time, set in the outbox row of the writing transaction) to its arrival
   * in reports-service (the timeline row's receivedAt).
   */
  private long[] arrivals(String plan, int wanted, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    List<Long> latencies = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      latencies.clear();
      String path = "/api/v1/plan-tracking/" + plan + "/timeline?limit=200";
      while (path != null) {
        JsonNode page = reports.get(path);
        for (JsonNode item : page.get("items")) {
          if (item.path("type").asText().equals("ogp.milestone.progress-reported.v1")) {
            latencies.add(Duration.between(Instant.parse(item.get("occurredAt").asText()),
                Instant.parse(item.get("receivedAt").asText())).toNanos());
          }
        }
        path = page.path("next").isTextual() ? page.get("next").asText() : null;
      }
      if (latencies.size() >= wanted) {
        break;
      }
      Apps.sleep(250);
    }
    return latencies.stream().mapToLong(Long::longValue).toArray();
  }

  /** Waits until commitments-service's outbox has nothing left to publish; how long it took. */
  Duration awaitPublished(Duration within) {
    long start = System.nanoTime();
    long deadline = start + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (Metrics.gauge(commitments.text("/q/metrics"), "ogp_outbox_backlog") == 0) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      Apps.sleep(100);
    }
    return Duration.ofSeconds(-1);
  }

  private static long[] join(List<Future<long[]>> all) throws Exception {
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : all) {
      parts.add(f.get());
    }
    return parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
  }
}

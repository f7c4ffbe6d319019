package org.ogptracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests sent at a fixed rate whatever the pace of the answers (an open loop), each timed from
 * the moment it was due, not from when it went out: the latency a client sees while the server
 * keeps up. wrk's closed loop answers a different question: at 32 connections a request's
 * latency is mostly its wait behind the other 31 (Little's law), so there a slower path shows
 * its throughput twice, once as req/s and once as queueing.
 */
final class OpenLoop {
  /** What one run measured; failed counts non-2xx answers and errors. */
  record Result(int rate, int sent, int failed, double p50Millis, double p99Millis) {}

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

  private OpenLoop() {}

  /** GETs of {@code paths} in turn under {@code base}, {@code rate} a second for {@code duration}. */
  static Result run(String base, List<String> paths, int rate, Duration duration) {
    int n = (int) Math.max(1, rate * duration.toNanos() / 1_000_000_000L);
    long period = 1_000_000_000L / rate;
    long[] latencies = new long[n];
    AtomicInteger failed = new AtomicInteger();
    List<CompletableFuture<?>> calls = new ArrayList<>(n);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int slot = i;
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
          .timeout(Duration.ofSeconds(10)).build();
      calls.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete((response, error) -> {
            latencies[slot] = System.nanoTime() - due;
            if (error != null || response.statusCode() / 100 != 2) {
              failed.incrementAndGet();
            }
          }));
    }
    try {
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
          .exceptionally(e -> null).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("answers still missing 30 s after the last request", e);
    }
    long[] answered = Arrays.stream(latencies).filter(l -> l > 0).toArray();
    return new Result(rate, n, failed.get(), Stats.millis(answered, 0.5),
        Stats.millis(answered, 0.99));
  }
}

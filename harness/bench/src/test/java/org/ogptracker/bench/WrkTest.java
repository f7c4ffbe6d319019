package org.ogptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WrkTest {
  private static final String OUTPUT = """
      Running 10s test @ http://127.0.0.1:8082
        2 threads and 32 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency     1.12ms  812.41us  21.30ms   90.12%
          Req/Sec     14.83k     1.02k   17.11k    71.00%
        Latency Distribution
           50%  850.00us
           75%    1.20ms
           90%    1.80ms
           99%    4.52ms
        295151 requests in 10.00s, 604.12MB read
        Socket errors: connect 0, read 2, write 0, timeout 1
        Non-2xx or 3xx responses: 7
      Requests/sec:  29512.33
      Transfer/sec:     60.40MB
      """;

  @Test
  void reads_rate_percentiles_in_milliseconds_and_every_kind_of_error() {
    Wrk.Result r = Wrk.parse(OUTPUT);
    assertEquals(29512.33, r.perSecond(), 1e-9);
    assertEquals(0.85, r.p50Millis(), 1e-9);
    assertEquals(4.52, r.p99Millis(), 1e-9);
    assertEquals(295151, r.requests());
    assertEquals(10, r.errors());
  }

  @Test
  void a_run_with_any_failed_request_fails() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Wrk.checked(OUTPUT, "the gateway /plans/AP_ALB03"));
    assertTrue(e.getMessage().startsWith("the gateway /plans/AP_ALB03: 10 of 295151 requests "
        + "failed"), e.getMessage());
    String onlyNon2xx = OUTPUT.replace("read 2, write 0, timeout 1", "read 0, write 0, timeout 0");
    assertThrows(IllegalStateException.class, () -> Wrk.checked(onlyNon2xx, "x"));
    String clean = onlyNon2xx.replace("Non-2xx or 3xx responses: 7\n", "");
    assertEquals(295151, Wrk.checked(clean, "x").requests());
  }

  @Test
  void seconds_are_milliseconds_too() {
    Wrk.Result r = Wrk.parse(OUTPUT.replace("4.52ms", "1.25s"));
    assertEquals(1250, r.p99Millis(), 1e-9);
  }

  @Test
  void rounds_combine_as_the_median_of_each_figure_and_the_sum_of_counts() {
    Wrk.Result r = Wrk.Result.median(List.of(
        new Wrk.Result(900, 3, 40, 9_000, 1),
        new Wrk.Result(1_000, 2, 90, 10_000, 0),
        new Wrk.Result(1_100, 1, 30, 11_000, 2)));
    assertEquals(1_000, r.perSecond(), 1e-9);
    assertEquals(2, r.p50Millis(), 1e-9);
    assertEquals(40, r.p99Millis(), 1e-9);
    assertEquals(30_000, r.requests());
    assertEquals(3, r.errors());
    assertEquals(15, Wrk.Result.median(List.of(new Wrk.Result(10, 1, 10, 1, 0),
        new Wrk.Result(20, 1, 20, 1, 0))).p99Millis(), 1e-9);
  }

  @Test
  void the_gateway_share_is_taken_round_by_round() {
    Results.Read read = new Results.Read("GET one", "/x",
        List.of(new Wrk.Result(1_000, 1, 5, 1, 0), new Wrk.Result(500, 1, 5, 1, 0)),
        List.of(new Wrk.Result(600, 1, 7, 1, 0), new Wrk.Result(450, 1, 6, 1, 0)), Map.of(), null);
    double[] range = read.gatewayShareRange();
    assertEquals(0.6, range[0], 1e-9);
    assertEquals(0.9, range[1], 1e-9);
    assertEquals(0.75, read.gatewayShare(), 1e-9);
    assertEquals(1.5, read.gatewayP99Cost(), 1e-9);
  }

  @Test
  void a_hop_is_compared_with_the_direct_measurement_of_its_own_round() {
    // The machine halved its speed in round two, after the direct run and before the others:
    // every hop passed 70% of its round's direct but that one; medians of each side taken apart
    // would compare 350 with 1,000.
    List<Wrk.Result> direct = List.of(new Wrk.Result(1_000, 1, 5, 1, 0),
        new Wrk.Result(1_000, 1, 5, 1, 0), new Wrk.Result(500, 1, 9, 1, 0));
    List<Wrk.Result> slowed = List.of(new Wrk.Result(700, 1, 6, 1, 0),
        new Wrk.Result(350, 1, 20, 1, 0), new Wrk.Result(350, 1, 11, 1, 0));
    Results.Read read = new Results.Read("GET one", "/x", direct, slowed,
        Map.of("nginx", slowed), null);
    assertEquals(0.7, read.gatewayShare(), 1e-9);
    assertEquals(0.7, read.hopShare("nginx"), 1e-9);
    assertEquals(2, read.hopP99Cost("nginx"), 1e-9);
    assertEquals(350, read.hop("nginx").perSecond(), 1e-9);
    assertThrows(IllegalStateException.class, () -> new Results.Read("GET one", "/x", direct,
        slowed, Map.of("nginx", slowed.subList(0, 2)), null).hopShare("nginx"));
  }
}

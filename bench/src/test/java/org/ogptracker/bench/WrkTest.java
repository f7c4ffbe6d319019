package org.ogptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void seconds_are_milliseconds_too() {
    Wrk.Result r = Wrk.parse(OUTPUT.replace("4.52ms", "1.25s"));
    assertEquals(1250, r.p99Millis(), 1e-9);
  }
}

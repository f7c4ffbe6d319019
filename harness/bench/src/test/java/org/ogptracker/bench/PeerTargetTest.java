package org.ogptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 31's target: the gateway within 5 points of the better peer, p99 cost within 1 ms. */
class PeerTargetTest {
  private static final Wrk.Result DIRECT = new Wrk.Result(10_000, 1, 5, 100_000, 0);

  private static Report.Target target(double gateway, double gatewayP99, double nginx,
      double haproxy, double peerP99) {
    Map<String, List<Wrk.Result>> hops = new LinkedHashMap<>();
    hops.put(Results.Read.BARE_PROXY, List.of(new Wrk.Result(7_300, 1, 6, 1, 0)));
    hops.put("nginx", List.of(new Wrk.Result(nginx, 1, peerP99, 1, 0)));
    hops.put("HAProxy", List.of(new Wrk.Result(haproxy, 1, peerP99 + 3, 1, 0)));
    Results results = new Results(Scale.SMOKE, "test");
    results.ceilings = new Results.Ceilings(DIRECT, null, 1, 2);
    results.reads.add(new Results.Read("GET one commitment", "/x", List.of(DIRECT),
        List.of(new Wrk.Result(gateway, 1, gatewayP99, 1, 0)), hops, null));
    return Report.targets(results).stream().filter(t -> t.what().contains("better of"))
        .findFirst().orElseThrow();
  }

  @Test
  void the_gateway_is_held_to_the_better_peer() {
    Report.Target met = target(7_300, 6.5, 7_700, 7_500, 6);
    assertEquals(true, met.met(), met.toString());
    assertEquals("gateway on GET one commitment: within 5 points of the better of nginx and "
        + "HAProxy (nginx), p99 cost <= theirs + 1 ms", met.what());
    assertEquals("73% against 77%, +1.50 ms against +1.00 ms", met.measured());
    // The better peer is the one with more throughput, here HAProxy.
    assertEquals(false, target(7_300, 6.5, 7_700, 7_900, 6).met(), "6 points behind HAProxy");
    assertEquals(false, target(7_300, 7.5, 7_700, 7_500, 6).met(), "1.5 ms more p99 cost");
  }
}

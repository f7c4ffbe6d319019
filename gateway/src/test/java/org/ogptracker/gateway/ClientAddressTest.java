package org.ogptracker.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.ogptracker.gateway.limits.TrustedProxies;

/**
 * Anonymous clients behind a trusted proxy (test profile: 127.0.0.1) are told apart by the
 * address the proxy forwards: each has its own bucket and the access log names it. From any
 * other peer (127.0.0.2, loopback but no proxy of ours) the header is ignored: the peer is the
 * client, whatever address it claims.
 */
@QuarkusTest
class ClientAddressTest {
  private static final String READ = "/api/v1/themes";

  @Test
  void behind_a_trusted_proxy_each_forwarded_client_has_its_own_bucket_and_its_own_log_line()
      throws Exception {
    List<String> accessLog = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        accessLog.add(String.valueOf(r.getMessage()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("io.quarkus.http.access-log");
    logger.addHandler(capture);
    try {
      List<String> clients = clients(21);
      int allowed = spendBurst("127.0.0.1", clients.get(0));
      assertTrue(allowed >= 40, allowed + " reads before the 429: the burst is 40");
      for (String other : clients.subList(1, clients.size())) {
        assertEquals(200, status("127.0.0.1", other), other + " has a bucket of its own");
      }
      String first = clients.get(0);
      await().atMost(Duration.ofSeconds(5)).until(() -> accessLog.stream()
          .anyMatch(line -> line.startsWith(first + " ") && line.contains("GET " + READ)));
    } finally {
      logger.removeHandler(capture);
    }
  }

  @Test
  void from_an_untrusted_peer_the_forwarded_address_is_ignored() throws Exception {
    List<String> clients = clients(21);
    spendBurst("127.0.0.2", clients.get(0));
    long start = System.nanoTime();
    int passed = 0;
    for (String other : clients.subList(1, clients.size())) {
      passed += status("127.0.0.2", other) == 200 ? 1 : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // One bucket, the peer's: only what refilled (10/s) passes, whatever address is claimed.
    assertTrue(passed <= 1 + 10 * seconds, passed + " of 20 passed in " + seconds + " s");
  }

  @Test
  void an_empty_list_of_trusted_proxies_stops_the_start() {
    assertThrows(IllegalStateException.class,
        () -> TrustedProxies.check(true, Optional.of(List.of())));
    assertThrows(IllegalStateException.class,
        () -> TrustedProxies.check(true, Optional.empty()));
    TrustedProxies.check(true, Optional.of(List.of("10.0.0.0/8")));
    TrustedProxies.check(false, Optional.empty());
  }

  /** Anonymous reads from {@code peer} forwarded for {@code client} until the first 429. */
  private static int spendBurst(String peer, String client) throws IOException {
    for (int i = 0; i < 200; i++) {
      int status = status(peer, client);
      if (status == 429) {
        return i;
      }
      assertEquals(200, status);
    }
    throw new AssertionError("no 429 after 200 reads");
  }

  private static int status(String peer, String client) throws IOException {
    return RawClient.get(peer, READ, client);
  }

  /** Distinct addresses of TEST-NET-3 (RFC 5737), never a real client's. */
  private static List<String> clients(int n) {
    List<Integer> hosts = new ArrayList<>();
    for (int i = 1; i < 255; i++) {
      hosts.add(i);
    }
    Collections.shuffle(hosts, ThreadLocalRandom.current());
    return hosts.subList(0, n).stream().map(h -> "203.0.113." + h).toList();
  }
}

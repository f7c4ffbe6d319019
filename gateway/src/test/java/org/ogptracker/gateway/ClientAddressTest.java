package org.ogptracker.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

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
    List<String> accessLog = captureAccessLog();
    try {
      List<String> clients = clients(21);
      int allowed = spendBurst("127.0.0.1", clients.get(0));
      assertTrue(allowed >= 40, allowed + " reads before the 429: the burst is 40");
      for (String other : clients.subList(1, clients.size())) {
        assertEquals(200, status("127.0.0.1", other), other + " has a bucket of its own");
      }
      awaitLine(accessLog, clients.get(0) + " ", READ);
    } finally {
      stopCapture();
    }
  }

  @Test
  void what_is_not_an_address_or_not_from_a_trusted_proxy_is_logged_as_the_peer()
      throws Exception {
    List<String> accessLog = captureAccessLog();
    try {
      String marker = "/api/v1/themes?probe=" + ThreadLocalRandom.current().nextInt(1 << 30);
      RawClient.get("127.0.0.1", marker + "&from=proxy", "client.example, 203.0.113.9");
      RawClient.get("127.0.0.2", marker + "&from=peer", "203.0.113.9");
      awaitLine(accessLog, "127.0.0.1 ", marker + "&from=proxy");
      awaitLine(accessLog, "127.0.0.2 ", marker + "&from=peer");
    } finally {
      stopCapture();
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
  void trusted_proxies_are_addresses_or_cidrs_and_never_none() {
    assertEquals(3, TrustedProxies.parse(List.of("10.0.0.0/8", " fd00::/8", "192.0.2.7")).size());
    assertTrue(TrustedProxies.parse(List.of("127.0.0.0/8")).get(0)
        .matches(new InetSocketAddress("127.0.0.2", 0)));
    assertFalse(TrustedProxies.parse(List.of("127.0.0.1")).get(0)
        .matches(new InetSocketAddress("127.0.0.2", 0)));
    assertThrows(IllegalStateException.class, () -> TrustedProxies.parse(List.of()));
    assertThrows(IllegalStateException.class, () -> TrustedProxies.parse(List.of(" ")));
    for (String wrong : List.of("proxy.example", "10.0.0.0/33", "10.0.0.0/x", "fd00::/129")) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> TrustedProxies.parse(List.of("10.0.0.1", wrong)));
      assertTrue(e.getMessage().contains("'" + wrong + "'"), e.getMessage());
    }
  }

  private final List<String> accessLog = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord r) {
      accessLog.add(String.valueOf(r.getMessage()));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private List<String> captureAccessLog() {
    Logger.getLogger("io.quarkus.http.access-log").addHandler(capture);
    return accessLog;
  }

  private void stopCapture() {
    Logger.getLogger("io.quarkus.http.access-log").removeHandler(capture);
  }

  private static void awaitLine(List<String> log, String start, String target) {
    await().atMost(Duration.ofSeconds(5)).until(() -> log.stream()
        .anyMatch(line -> line.startsWith(start) && line.contains("GET " + target + " ")));
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

package org.ogptracker.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the bench's own suite runs: ports, databases and topics of its own beside a running local
 * stack (deploy/local/up), so that its data at scale never mixes with the demo data.
 */
final class Suite {
  static final String COUNTRIES = "countries-service";
  static final String COMMITMENTS = "commitments-service";
  static final String REPORTS = "reports-service";
  /** Started for the webhook measurements only, from the topics' ends (Webhooks). */
  static final String NOTIFICATIONS = "notifications-service";
  /** The public pages, read from the three services (issue 30). */
  static final String PAGES = "pages-service";
  static final String GATEWAY = "gateway";
  static final String HELLO = "bench-hello";
  static final List<String> SERVICES = List.of(COUNTRIES, COMMITMENTS, REPORTS);
  static final String TOPIC_PREFIX = "bench.";
  static final Map<String, Integer> PORTS = Map.of(GATEWAY, 18080, COUNTRIES, 18081,
      COMMITMENTS, 18082, REPORTS, 18083, NOTIFICATIONS, 18084, PAGES, 18085, HELLO, 18090);
  /** The port of the webhook receiver that goes down and comes back (Webhooks). */
  static final int DOWN_RECEIVER_PORT = 18091;
  /** The ports of the gateway's peers, nginx and HAProxy ({@link PeerProxy}). */
  static final Map<PeerProxy.Kind, Integer> PEER_PORTS = Map.of(PeerProxy.Kind.NGINX, 18087,
      PeerProxy.Kind.HAPROXY, 18088);
  /** The port of {@link BareProxy}, inside the benchmark's own JVM. */
  static final int BARE_PROXY_PORT = 18089;
  static final Map<String, String> DATABASES = Map.of(COUNTRIES, "ogp_countries_bench",
      COMMITMENTS, "ogp_commitments_bench", REPORTS, "ogp_reports_bench",
      NOTIFICATIONS, "ogp_notifications_bench");
  static final String PGBENCH_DATABASE = "ogp_pgbench";
  /** The channels each service consumes and the topic each reads. */
  private static final Map<String, Map<String, String>> INCOMING = Map.of(
      COUNTRIES, Map.of("reports", "ogp.reports.v1"),
      COMMITMENTS, Map.of("countries", "ogp.countries.v1"),
      REPORTS, Map.of("commitments", "ogp.commitments.v1"),
      NOTIFICATIONS, Map.of("countries", "ogp.countries.v1", "commitments", "ogp.commitments.v1",
          "reports", "ogp.reports.v1"));

  private Suite() {}

  /** The -D options of a service of the bench suite. */
  static Map<String, String> service(String name) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ogp.db.name", DATABASES.get(name));
    p.put("ogp.outbox.topic-prefix", TOPIC_PREFIX);
    INCOMING.get(name).forEach((in, topic) -> {
      String channel = "mp.messaging.incoming." + in + ".";
      p.put(channel + "topic", TOPIC_PREFIX + topic);
      p.put(channel + "dead-letter-queue.topic", TOPIC_PREFIX + topic + ".dlq");
      p.put(channel + "group.id", name + "-bench");
    });
    return p;
  }

  /**
   * notifications-service, started once the load is in: it reads from the topics' ends (a
   * group of this run's, which has no offsets), and its receivers are on this machine.
   */
  static Map<String, String> notifications() {
    Map<String, String> p = service(NOTIFICATIONS);
    p.keySet().removeIf(k -> k.endsWith(".group.id"));
    p.put("ogp.notifications.group", NOTIFICATIONS + "-bench-" + System.currentTimeMillis());
    p.put("mp.messaging.connector.smallrye-kafka.auto.offset.reset", "latest");
    p.put("ogp.webhooks.allow-private-receivers", "true");
    return p;
  }

  /** The -D options of the bench's pages-service: the bench's services and gateway. */
  static Map<String, String> pages() {
    Map<String, String> p = new LinkedHashMap<>();
    for (String s : SERVICES) {
      p.put("quarkus.rest-client." + s.substring(0, s.indexOf('-')) + ".url",
          "http://127.0.0.1:" + PORTS.get(s));
    }
    p.put("ogp.pages.public-url", "http://127.0.0.1:" + PORTS.get(GATEWAY));
    return p;
  }

  /**
   * The -D options of the bench's gateway: its services, pages-service, and limits that never
   * trigger.
   */
  static Map<String, String> gateway() {
    Map<String, String> p = new LinkedHashMap<>();
    for (String s : SERVICES) {
      p.put("ogp.gateway.services." + s + ".url", "http://127.0.0.1:" + PORTS.get(s));
    }
    p.put("ogp.gateway.pages-url", "http://127.0.0.1:" + PORTS.get(PAGES));
    p.put("ogp.gateway.services." + NOTIFICATIONS + ".url", "http://127.0.0.1:"
        + PORTS.get(NOTIFICATIONS));
    for (String kind : List.of("reads", "writes")) {
      p.put("ogp.gateway.limits." + kind + ".burst", "1000000000");
      p.put("ogp.gateway.limits." + kind + ".per-second", "1000000000");
    }
    return p;
  }
}

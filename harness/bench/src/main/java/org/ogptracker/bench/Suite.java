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
  static final String GATEWAY = "gateway";
  static final String HELLO = "bench-hello";
  static final List<String> SERVICES = List.of(COUNTRIES, COMMITMENTS, REPORTS);
  static final String TOPIC_PREFIX = "bench.";
  static final Map<String, Integer> PORTS = Map.of(GATEWAY, 18080, COUNTRIES, 18081,
      COMMITMENTS, 18082, REPORTS, 18083, HELLO, 18090);
  /** The port of {@link BareProxy}, inside the benchmark's own JVM. */
  static final int BARE_PROXY_PORT = 18089;
  static final Map<String, String> DATABASES = Map.of(COUNTRIES, "ogp_countries_bench",
      COMMITMENTS, "ogp_commitments_bench", REPORTS, "ogp_reports_bench");
  static final String PGBENCH_DATABASE = "ogp_pgbench";
  /** The channel each service consumes and the topic it reads. */
  private static final Map<String, String[]> INCOMING = Map.of(
      COUNTRIES, new String[] {"reports", "ogp.reports.v1"},
      COMMITMENTS, new String[] {"countries", "ogp.countries.v1"},
      REPORTS, new String[] {"commitments", "ogp.commitments.v1"});

  private Suite() {}

  /** The -D options of a service of the bench suite. */
  static Map<String, String> service(String name) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ogp.db.name", DATABASES.get(name));
    p.put("ogp.outbox.topic-prefix", TOPIC_PREFIX);
    String[] in = INCOMING.get(name);
    String channel = "mp.messaging.incoming." + in[0] + ".";
    p.put(channel + "topic", TOPIC_PREFIX + in[1]);
    p.put(channel + "dead-letter-queue.topic", TOPIC_PREFIX + in[1] + ".dlq");
    p.put(channel + "group.id", name + "-bench");
    return p;
  }

  /** The -D options of the bench's gateway: its services, and limits that never trigger. */
  static Map<String, String> gateway() {
    Map<String, String> p = new LinkedHashMap<>();
    for (String s : SERVICES) {
      p.put("ogp.gateway.services." + s + ".url", "http://127.0.0.1:" + PORTS.get(s));
    }
    for (String kind : List.of("reads", "writes")) {
      p.put("ogp.gateway.limits." + kind + ".burst", "1000000000");
      p.put("ogp.gateway.limits." + kind + ".per-second", "1000000000");
    }
    return p;
  }
}

package org.ogptracker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network policies of an overlay, evaluated as Kubernetes would for the pods the manifests
 * make (the apps from their Deployments, the databases and brokers from the labels
 * CloudNativePG and Strimzi give their pods), against what the design says: only the gateway is
 * reachable from outside, a service reaches only its own database and Kafka, and
 * pages-service only the three services whose public API it reads.
 */
class NetworkPoliciesTest {
  /**
   * A pod (its namespace, labels and an address of the cluster's pod network), or a host outside
   * the cluster (no namespace, no labels, its address).
   */
  record Pod(String name, String namespace, Map<String, String> labels, String ip) {
    Pod(String name, String namespace, Map<String, String> labels) {
      this(name, namespace, labels, "10.244.0." + (1 + Math.floorMod(name.hashCode(), 250)));
    }

    static Pod host(String name, String ip) {
      return new Pod(name, null, Map.of(), ip);
    }
  }

  /** The services behind the gateway, each with its own database. */
  static final List<String> SERVICES = List.of("countries-service", "commitments-service",
      "reports-service", "notifications-service");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void allow_what_the_design_says_and_no_more(String overlay) throws Exception {
    List<JsonNode> docs = Repo.manifests(overlay);
    Policies policies = new Policies(docs);
    Map<String, Pod> pods = pods(docs);
    for (String app : SERVICES) {
      assertTrue(pods.containsKey(app) && pods.containsKey(app.replace("-service", "-db")), app);
    }
    String ns = pods.get("gateway").namespace();
    // The brokers' one listener (TLS, kafka.yaml); KafkaAccessTest checks who may do what there.
    int kafkaPort = Repo.ofKind(docs, "Kafka").get(0).at("/spec/kafka/listeners/0/port").asInt();
    Pod ingress = new Pod("ingress-controller", "ingress-nginx", Map.of("app", "ingress-nginx"));
    Pod stranger = new Pod("stranger", "default", Map.of("app", "curl"));
    Pod prometheus = new Pod("prometheus", "monitoring", Map.of("app", "prometheus"));
    Pod dns = new Pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"));
    Pod sameNamespace = new Pod("debug", ns, Map.of("run", "debug"));

    List<String> wrong = new ArrayList<>();
    // From outside: the gateway only, through the ingress controller.
    expect(wrong, policies, ingress, pods.get("gateway"), 8080, true);
    expect(wrong, policies, stranger, pods.get("gateway"), 8080, false);
    for (String app : SERVICES) {
      expect(wrong, policies, ingress, pods.get(app), 8080, false);
      expect(wrong, policies, stranger, pods.get(app), 8080, false);
      expect(wrong, policies, sameNamespace, pods.get(app), 8080, false);
      expect(wrong, policies, pods.get("gateway"), pods.get(app), 8080, true);
      expect(wrong, policies, prometheus, pods.get(app), 8080, true);
      expect(wrong, policies, pods.get(app), dns, 53, true);
      expect(wrong, policies, pods.get(app), pods.get("kafka"), kafkaPort, true);
      expect(wrong, policies, pods.get(app), stranger, 443, false);
      expect(wrong, policies, pods.get(app), pods.get("gateway"), 8080, false);
    }
    for (String db : List.of("countries-db", "commitments-db", "reports-db",
        "notifications-db")) {
      expect(wrong, policies, ingress, pods.get(db), 5432, false);
      expect(wrong, policies, stranger, pods.get(db), 5432, false);
      expect(wrong, policies, pods.get("gateway"), pods.get(db), 5432, false);
      for (String app : SERVICES) {
        boolean own = db.startsWith(app.substring(0, app.indexOf('-')));
        expect(wrong, policies, pods.get(app), pods.get(db), 5432, own);
      }
    }
    expect(wrong, policies, pods.get("countries-service"), pods.get("commitments-service"), 8080,
        false);
    // notifications-service learns every change from Kafka: it calls no service, none calls it.
    for (String app : List.of("countries-service", "commitments-service", "reports-service")) {
      expect(wrong, policies, pods.get("notifications-service"), pods.get(app), 8080, false);
      expect(wrong, policies, pods.get(app), pods.get("notifications-service"), 8080, false);
    }
    // The rate-limit store: the gateway's alone.
    expect(wrong, policies, pods.get("gateway"), pods.get("redis"), 6379, true);
    for (Pod other : List.of(ingress, stranger, sameNamespace, pods.get("countries-service"),
        pods.get("reports-service"), pods.get("notifications-service"))) {
      expect(wrong, policies, other, pods.get("redis"), 6379, false);
    }
    expect(wrong, policies, pods.get("redis"), stranger, 443, false);
    // Webhook receivers: notifications-service reaches public addresses on any port, nothing
    // private (the node, the cloud's metadata, other networks of ours); no other app does.
    Pod receiver = Pod.host("receiver", "93.184.215.14");
    Pod receiver6 = Pod.host("receiver-v6", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
    for (int port : List.of(443, 80, 8443)) {
      expect(wrong, policies, pods.get("notifications-service"), receiver, port, true);
    }
    expect(wrong, policies, pods.get("notifications-service"), receiver6, 443, true);
    for (Pod inside : List.of(Pod.host("metadata", "169.254.169.254"),
        Pod.host("node", "10.0.0.12"), Pod.host("office", "192.168.1.20"),
        Pod.host("vpc", "172.20.3.4"), Pod.host("cgnat", "100.64.1.1"),
        Pod.host("loopback", "127.0.0.1"), Pod.host("ula", "fd12:3456::1"),
        Pod.host("mapped", "::ffff:10.0.0.12"), stranger, pods.get("gateway"))) {
      expect(wrong, policies, pods.get("notifications-service"), inside, 443, false);
    }
    for (String app : List.of("countries-service", "commitments-service", "reports-service",
        "gateway")) {
      expect(wrong, policies, pods.get(app), receiver, 443, false);
    }
    expect(wrong, policies, ingress, pods.get("kafka"), kafkaPort, false);
    expect(wrong, policies, pods.get("gateway"), pods.get("kafka"), kafkaPort, false);
    // The public pages: made by pages-service behind the gateway, from the public API of the
    // three domain services; no database, no Kafka, no change feed, no internet.
    Pod pages = pods.get("pages-service");
    expect(wrong, policies, pods.get("gateway"), pages, 8080, true);
    expect(wrong, policies, prometheus, pages, 8080, true);
    expect(wrong, policies, pages, dns, 53, true);
    for (Pod other : List.of(ingress, stranger, sameNamespace, pods.get("countries-service"),
        pods.get("notifications-service"))) {
      expect(wrong, policies, other, pages, 8080, false);
    }
    for (String app : List.of("countries-service", "commitments-service", "reports-service")) {
      expect(wrong, policies, pages, pods.get(app), 8080, true);
    }
    for (Pod other : List.of(pods.get("notifications-service"), pods.get("gateway"), receiver,
        stranger)) {
      expect(wrong, policies, pages, other, other.namespace() == null ? 443 : 8080, false);
    }
    for (String db : List.of("countries-db", "commitments-db", "reports-db", "notifications-db")) {
      expect(wrong, policies, pages, pods.get(db), 5432, false);
    }
    expect(wrong, policies, pages, pods.get("kafka"), kafkaPort, false);
    expect(wrong, policies, pages, pods.get("redis"), 6379, false);
    assertEquals(List.of(), wrong);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev"})
  void the_evaluator_notices_an_open_door(String overlay) throws Exception {
    List<JsonNode> docs = new ArrayList<>(Repo.manifests(overlay));
    Map<String, Pod> pods = pods(docs);
    Pod stranger = new Pod("stranger", "default", Map.of());
    assertFalse(new Policies(docs).allows(stranger, pods.get("countries-service"), 8080));
    // Without the policies, everything is open.
    docs.removeIf(d -> d.path("kind").asText().equals("NetworkPolicy"));
    Policies none = new Policies(docs);
    assertEquals(true, none.allows(stranger, pods.get("countries-service"), 8080));
  }

  private static void expect(List<String> wrong, Policies policies, Pod from, Pod to, int port,
      boolean allowed) {
    if (policies.allows(from, to, port) != allowed) {
      wrong.add(from.name() + " -> " + to.name() + ":" + port + " should be "
          + (allowed ? "allowed" : "denied"));
    }
  }

  /** The pods the manifests make, one per app, database and broker pool, by name. */
  private static Map<String, Pod> pods(List<JsonNode> docs) {
    Map<String, Pod> pods = new HashMap<>();
    for (JsonNode d : Repo.ofKind(docs, "Deployment")) {
      pods.put(d.at("/metadata/name").asText(), new Pod(d.at("/metadata/name").asText(),
          d.at("/metadata/namespace").asText(), labels(d.at("/spec/template/metadata/labels"))));
    }
    for (JsonNode c : Repo.ofKind(docs, "Cluster")) {
      Map<String, String> labels = labels(c.at("/spec/inheritedMetadata/labels"));
      labels.put("cnpg.io/cluster", c.at("/metadata/name").asText());
      labels.put("cnpg.io/podRole", "instance");
      pods.put(c.at("/metadata/name").asText(), new Pod(c.at("/metadata/name").asText(),
          c.at("/metadata/namespace").asText(), labels));
    }
    for (JsonNode k : Repo.ofKind(docs, "Kafka")) {
      Map<String, String> labels = new HashMap<>();
      labels.put("strimzi.io/cluster", k.at("/metadata/name").asText());
      labels.put("strimzi.io/kind", "Kafka");
      labels.put("strimzi.io/broker-role", "true");
      pods.put("kafka", new Pod("kafka", k.at("/metadata/namespace").asText(), labels));
    }
    return pods;
  }

  static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new HashMap<>();
    node.fields().forEachRemaining(f -> labels.put(f.getKey(), f.getValue().asText()));
    return labels;
  }

  /**
   * NetworkPolicy semantics (networking.k8s.io/v1): a pod selected by no policy of a direction
   * is open in it; a selected pod takes only what some rule of those policies allows. The
   * Kafka listener's networkPolicyPeers count as the ingress policy Strimzi makes from them.
   */
  static final class Policies {
    private record Rule(String namespace, JsonNode podSelector, List<JsonNode> peers,
        List<JsonNode> ports) {}

    private final List<Rule> ingress = new ArrayList<>();
    private final List<Rule> egress = new ArrayList<>();
    private final List<Rule> isolatedIngress = new ArrayList<>();
    private final List<Rule> isolatedEgress = new ArrayList<>();

    Policies(List<JsonNode> docs) {
      for (JsonNode p : Repo.ofKind(docs, "NetworkPolicy")) {
        String ns = p.at("/metadata/namespace").asText();
        JsonNode selector = p.at("/spec/podSelector");
        List<String> types = new ArrayList<>();
        p.at("/spec/policyTypes").forEach(t -> types.add(t.asText()));
        if (types.contains("Ingress")) {
          isolatedIngress.add(new Rule(ns, selector, List.of(), List.of()));
          p.at("/spec/ingress").forEach(r -> ingress.add(new Rule(ns, selector,
              list(r.get("from")), list(r.get("ports")))));
        }
        if (types.contains("Egress")) {
          isolatedEgress.add(new Rule(ns, selector, List.of(), List.of()));
          p.at("/spec/egress").forEach(r -> egress.add(new Rule(ns, selector,
              list(r.get("to")), list(r.get("ports")))));
        }
      }
      for (JsonNode k : Repo.ofKind(docs, "Kafka")) {
        String ns = k.at("/metadata/namespace").asText();
        JsonNode brokers = Repo.YAML.createObjectNode().set("matchLabels",
            Repo.YAML.createObjectNode().put("strimzi.io/cluster", k.at("/metadata/name").asText()));
        isolatedIngress.add(new Rule(ns, brokers, List.of(), List.of()));
        k.at("/spec/kafka/listeners").forEach(l -> ingress.add(new Rule(ns, brokers,
            list(l.get("networkPolicyPeers")),
            List.of(Repo.YAML.createObjectNode().put("port", l.get("port").asInt())))));
      }
    }

    boolean allows(Pod from, Pod to, int port) {
      return allowed(egress, isolatedEgress, from, to, port)
          && allowed(ingress, isolatedIngress, to, from, port);
    }

    /** Whether {@code subject}'s policies of one direction let it talk to {@code peer}. */
    private static boolean allowed(List<Rule> rules, List<Rule> isolating, Pod subject, Pod peer,
        int port) {
      if (isolating.stream().noneMatch(r -> selects(r, subject))) {
        return true;
      }
      return rules.stream().anyMatch(r -> selects(r, subject) && peerMatches(r, peer)
          && portMatches(r.ports(), port));
    }

    private static boolean selects(Rule r, Pod pod) {
      return r.namespace().equals(pod.namespace()) && matches(r.podSelector(), pod.labels());
    }

    private static boolean peerMatches(Rule r, Pod peer) {
      if (r.peers().isEmpty()) {
        return true;
      }
      for (JsonNode p : r.peers()) {
        if (p.has("ipBlock")) {
          if (inBlock(peer.ip(), p.get("ipBlock"))) {
            return true;
          }
          continue;
        }
        if (peer.namespace() == null) {
          continue; // selectors choose pods, never a host outside the cluster
        }
        JsonNode ns = p.get("namespaceSelector");
        JsonNode pods = p.get("podSelector");
        boolean namespaceOk = ns == null ? peer.namespace().equals(r.namespace())
            : matches(ns, Map.of("kubernetes.io/metadata.name", peer.namespace()));
        boolean podOk = pods == null || matches(pods, peer.labels());
        if (namespaceOk && podOk) {
          return true;
        }
      }
      return false;
    }

    private static boolean portMatches(List<JsonNode> ports, int port) {
      if (ports.isEmpty()) {
        return true;
      }
      // No port: all of them. The one named port of the manifests: every app's "http" is 8080.
      return ports.stream().anyMatch(p -> !p.has("port") ? true : p.get("port").isTextual()
          ? p.get("port").asText().equals("http") && port == 8080
          : p.get("port").asInt() == port);
    }

    /** Whether the address is in the block's CIDR and in none of its exceptions. */
    static boolean inBlock(String ip, JsonNode block) {
      if (!inCidr(ip, block.get("cidr").asText())) {
        return false;
      }
      for (JsonNode except : block.path("except")) {
        if (inCidr(ip, except.asText())) {
          return false;
        }
      }
      return true;
    }

    /** Whether the address is in the CIDR (of its own family; an IPv4-mapped IPv6 is IPv6). */
    static boolean inCidr(String ip, String cidr) {
      byte[] address = addressBytes(ip);
      int slash = cidr.indexOf('/');
      byte[] network = addressBytes(cidr.substring(0, slash));
      int bits = Integer.parseInt(cidr.substring(slash + 1));
      if (address.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >>> (i % 8);
        if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }

    /**
     * An address literal's bytes: 4 for IPv4, 16 for IPv6 (an IPv4-mapped one kept as IPv6,
     * which InetAddress would make IPv4). Literals only: nothing is looked up.
     */
    static byte[] addressBytes(String literal) {
      try {
        byte[] bytes = InetAddress.getByName(literal).getAddress();
        if (literal.contains(":") && bytes.length == 4) {
          byte[] mapped = new byte[16];
          mapped[10] = (byte) 0xff;
          mapped[11] = (byte) 0xff;
          System.arraycopy(bytes, 0, mapped, 12, 4);
          return mapped;
        }
        return bytes;
      } catch (UnknownHostException e) {
        throw new AssertionError("not an address: " + literal, e);
      }
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
      for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
        var e = it.next();
        if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
          return false;
        }
      }
      for (JsonNode e : selector.path("matchExpressions")) {
        String value = labels.get(e.get("key").asText());
        List<String> values = new ArrayList<>();
        e.path("values").forEach(v -> values.add(v.asText()));
        boolean ok = switch (e.get("operator").asText()) {
          case "In" -> value != null && values.contains(value);
          case "NotIn" -> value == null || !values.contains(value);
          case "Exists" -> value != null;
          case "DoesNotExist" -> value == null;
          default -> throw new AssertionError("unknown operator " + e);
        };
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    private static List<JsonNode> list(JsonNode node) {
      List<JsonNode> list = new ArrayList<>();
      if (node != null) {
        node.forEach(list::add);
      }
      return list;
    }
  }
}

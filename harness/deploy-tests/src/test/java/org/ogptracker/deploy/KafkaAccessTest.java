package org.ogptracker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In a cluster, Kafka is spoken over TLS only, each service is a KafkaUser known by its
 * certificate, and its ACLs are exactly what docs/asyncapi.yaml gives it: write the topics it
 * owns (its events' ce_source), read the topics it consumes as its consumer group, write the
 * dead letters of those. notifications-service, which publishes nothing, only reads the three
 * topics as its one group and writes their dead letters. So no service can publish as another,
 * whatever its code does. And each service checks who it talks to: the brokers against Strimzi's
 * cluster CA, its database (verify-full) against the CA of its CloudNativePG cluster.
 */
class KafkaAccessTest {
  /** What the contract lets each service do, as "resource-type:name:operation". */
  static Map<String, Set<String>> contractAccess() throws Exception {
    JsonNode contract = Repo.YAML.readTree(Repo.ROOT.resolve("docs/asyncapi.yaml").toFile());
    Map<String, Set<String>> access = new TreeMap<>();
    contract.get("channels").forEach(channel -> {
      String topic = channel.get("address").asText();
      channel.path("messages").forEach(m -> {
        String ref = m.get("$ref").asText().substring(1);
        String source = contract.at(ref).at("/headers/allOf/1/properties/ce_source/const").asText();
        if (!source.isEmpty()) { // a dead letter's writer is the consumer of its topic (below)
          grant(access, source.substring(1), "topic:" + topic + ":Write",
              "topic:" + topic + ":Describe");
        }
      });
    });
    contract.get("operations").forEach(op -> {
      if (op.get("action").asText().equals("receive")) {
        String topic = contract.at(op.at("/channel/$ref").asText().substring(1) + "/address").asText();
        op.at("/bindings/kafka/groupId/enum").forEach(group -> grant(access, group.asText(),
            "topic:" + topic + ":Read", "topic:" + topic + ":Describe",
            "group:" + group.asText() + ":Read",
            "topic:" + topic + ".dlq:Write", "topic:" + topic + ".dlq:Describe"));
      }
    });
    return access;
  }

  private static void grant(Map<String, Set<String>> access, String who, String... what) {
    access.computeIfAbsent(who, w -> new TreeSet<>()).addAll(List.of(what));
  }

  static Map<String, Set<String>> manifestAccess(List<JsonNode> docs) {
    Map<String, Set<String>> access = new TreeMap<>();
    for (JsonNode user : Repo.ofKind(docs, "KafkaUser")) {
      String name = user.at("/metadata/name").asText();
      assertEquals("tls", user.at("/spec/authentication/type").asText(), name);
      assertEquals("simple", user.at("/spec/authorization/type").asText(), name);
      Set<String> granted = new TreeSet<>();
      user.at("/spec/authorization/acls").forEach(acl -> {
        JsonNode r = acl.get("resource");
        assertEquals("literal", r.path("patternType").asText("literal"), name + " " + r);
        assertEquals("allow", acl.path("type").asText("allow"), name + " " + r);
        acl.get("operations").forEach(op -> granted.add(
            r.get("type").asText() + ":" + r.get("name").asText() + ":" + op.asText()));
      });
      access.put(name, granted);
    }
    return access;
  }

  @Test
  void the_contract_gives_each_topic_one_writer_and_each_dead_letter_topic_its_consumers()
      throws Exception {
    Map<String, Set<String>> access = contractAccess();
    assertEquals(Set.of("countries-service", "commitments-service", "reports-service",
        "notifications-service"), access.keySet());
    for (String topic : Repo.contractTopics()) {
      List<String> writers = holders(access, "topic:" + topic + ":Write");
      if (topic.endsWith(".dlq")) {
        String of = topic.substring(0, topic.length() - ".dlq".length());
        assertEquals(holders(access, "topic:" + of + ":Read"), writers, topic);
      } else {
        assertEquals(1, writers.size(), topic + " written by " + writers);
      }
    }
  }

  @Test
  void notifications_service_reads_the_three_topics_and_writes_only_their_dead_letters()
      throws Exception {
    Set<String> notifications = new TreeSet<>();
    for (String topic : List.of("ogp.countries.v1", "ogp.commitments.v1", "ogp.reports.v1")) {
      notifications.addAll(List.of("topic:" + topic + ":Read", "topic:" + topic + ":Describe",
          "topic:" + topic + ".dlq:Write", "topic:" + topic + ".dlq:Describe"));
    }
    notifications.add("group:notifications-service:Read");
    assertEquals(notifications, contractAccess().get("notifications-service"));
  }

  private static List<String> holders(Map<String, Set<String>> access, String grant) {
    List<String> who = new ArrayList<>();
    access.forEach((service, what) -> {
      if (what.contains(grant)) {
        who.add(service);
      }
    });
    return who;
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void each_service_may_do_exactly_what_the_contract_says(String overlay) throws Exception {
    assertEquals(contractAccess(), manifestAccess(Repo.manifests(overlay)));
  }

  @Test
  void a_grant_beyond_the_contract_is_noticed() throws Exception {
    Map<String, Set<String>> manifests = manifestAccess(Repo.manifests("prod"));
    manifests.get("reports-service").add("topic:ogp.countries.v1:Write");
    assertTrue(!contractAccess().equals(manifests));
    Map<String, Set<String>> publishing = manifestAccess(Repo.manifests("prod"));
    publishing.get("notifications-service").add("topic:ogp.reports.v1:Write");
    assertTrue(!contractAccess().equals(publishing));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void the_brokers_speak_tls_only_and_know_each_client_by_its_certificate(String overlay)
      throws Exception {
    List<JsonNode> docs = Repo.manifests(overlay);
    JsonNode kafka = Repo.ofKind(docs, "Kafka").get(0).at("/spec");
    assertEquals(1, kafka.at("/kafka/listeners").size());
    JsonNode listener = kafka.at("/kafka/listeners/0");
    assertTrue(listener.get("tls").asBoolean(), "TLS listener");
    assertEquals("tls", listener.at("/authentication/type").asText());
    assertEquals("simple", kafka.at("/kafka/authorization/type").asText());
    assertTrue(kafka.at("/entityOperator/userOperator").isObject(), "the User Operator");
    String bootstrap = Repo.ofKind(docs, "ConfigMap").stream()
        .filter(c -> c.at("/data/OGP_KAFKA").isTextual()).findFirst().orElseThrow()
        .at("/data/OGP_KAFKA").asText();
    assertEquals(kafka.at("/kafka/listeners/0/port").asInt(),
        Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1)), bootstrap);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void each_service_verifies_the_brokers_and_its_database_and_shows_its_own_certificate(
      String overlay) throws Exception {
    List<JsonNode> docs = Repo.manifests(overlay);
    for (String service : contractAccess().keySet()) {
      JsonNode pod = Repo.ofKind(docs, "Deployment").stream()
          .filter(d -> d.at("/metadata/name").asText().equals(service)).findFirst().orElseThrow()
          .at("/spec/template/spec");
      JsonNode app = pod.at("/containers/0");
      Map<String, JsonNode> env = new TreeMap<>();
      app.get("env").forEach(e -> env.put(e.get("name").asText(), e));
      String db = service.replace("-service", "-db");
      assertEquals("verify-full", env.get("OGP_DB_SSL_MODE").get("value").asText(), service);
      assertEquals("jdbc:postgresql://" + db + "-rw:5432", env.get("OGP_DB_URL").get("value").asText(),
          service + ": the name CloudNativePG's server certificate carries");
      assertEquals(db + "-ca", mountedSecret(pod, app, env.get("OGP_DB_SSL_ROOT_CERT")), service);
      assertEquals("ogp-cluster-ca-cert", mountedSecret(pod, app, env.get("OGP_KAFKA_CA_CERT")),
          service);
      assertEquals(service, mountedSecret(pod, app, env.get("OGP_KAFKA_KEYSTORE")),
          service + ": its KafkaUser's Secret");
      assertEquals(service, env.get("OGP_KAFKA_KEYSTORE_PASSWORD")
          .at("/valueFrom/secretKeyRef/name").asText(), service);
    }
  }

  /** The Secret a file named by a setting comes from, checking the key is mounted alone. */
  private static String mountedSecret(JsonNode pod, JsonNode app, JsonNode setting) {
    String file = setting.get("value").asText();
    for (JsonNode mount : app.get("volumeMounts")) {
      String dir = mount.get("mountPath").asText();
      if (file.startsWith(dir + "/")) {
        for (JsonNode volume : pod.get("volumes")) {
          if (volume.get("name").asText().equals(mount.get("name").asText())) {
            JsonNode items = volume.at("/secret/items");
            assertEquals(1, items.size(), "only " + file + " of the Secret, never a CA's key");
            assertEquals(file.substring(dir.length() + 1), items.get(0).get("path").asText());
            return volume.at("/secret/secretName").asText();
          }
        }
      }
    }
    throw new AssertionError(file + " is mounted from no volume");
  }
}

package org.ogptracker.deploy;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every pod of a service that may run at once (the autoscaler's top and a rolling update's
 * surge), each with its pools full, fits its database's max_connections with room left for
 * superusers and for the operator's own and a person's connections.
 */
class ConnectionBudgetTest {
  /** superuser_reserved_connections' default. */
  static final int RESERVED = 3;
  /** CloudNativePG's instance manager and a person's psql during an incident. */
  static final int ROOM = 10;

  record Budget(String service, int pods, int perPod, int maxConnections) {
    int needed() {
      return pods * perPod + RESERVED + ROOM;
    }
  }

  static List<Budget> budgets(List<JsonNode> docs) throws IOException {
    Properties defaults = new Properties();
    defaults.load(new StringReader(Files.readString(Repo.ROOT.resolve(
        "platform/src/main/resources/META-INF/microprofile-config.properties"))));
    List<Budget> budgets = new ArrayList<>();
    for (JsonNode d : Repo.ofKind(docs, "Deployment")) {
      String name = d.at("/metadata/name").asText();
      String db = name.replace("-service", "-db");
      if (!readsSecret(d, db + "-app")) {
        continue; // no database credentials (the gateway, pages-service): no connection
      }
      JsonNode hpa = Repo.ofKind(docs, "HorizontalPodAutoscaler").stream()
          .filter(h -> h.at("/spec/scaleTargetRef/name").asText().equals(name))
          .findFirst().orElseThrow();
      int pods = hpa.at("/spec/maxReplicas").asInt()
          + d.at("/spec/strategy/rollingUpdate/maxSurge").asInt();
      int jdbc = pool(d, "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", defaults,
          "quarkus.datasource.jdbc.max-size");
      int reactive = pool(d, "QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", defaults,
          "quarkus.datasource.reactive.max-size");
      JsonNode cluster = Repo.ofKind(docs, "Cluster").stream()
          .filter(c -> c.at("/metadata/name").asText().equals(db)).findFirst().orElseThrow();
      int max = cluster.at("/spec/postgresql/parameters/max_connections").asInt(100);
      // + 1: the outbox relay's LISTEN connection (OutboxNotifications), outside both pools
      // (counted for every service: notifications-service, whose relay is off, opens none).
      budgets.add(new Budget(name, pods, jdbc + reactive + 1, max));
    }
    return budgets;
  }

  /** Whether the Deployment's container reads any key of the Secret {@code secret}. */
  private static boolean readsSecret(JsonNode deployment, String secret) {
    for (JsonNode e : deployment.at("/spec/template/spec/containers/0/env")) {
      if (e.at("/valueFrom/secretKeyRef/name").asText().equals(secret)) {
        return true;
      }
    }
    return false;
  }

  /** A pool's size: the Deployment's setting, else the platform's default. */
  private static int pool(JsonNode deployment, String env, Properties defaults, String property) {
    for (JsonNode e : deployment.at("/spec/template/spec/containers/0/env")) {
      if (e.get("name").asText().equals(env)) {
        return Integer.parseInt(e.get("value").asText());
      }
    }
    return Integer.parseInt(defaults.getProperty(property));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void every_pod_the_autoscaler_may_run_fits_its_database(String overlay) throws Exception {
    List<Budget> budgets = budgets(Repo.manifests(overlay));
    assertEquals(Set.of("countries-service", "commitments-service", "reports-service",
        "notifications-service"), budgets.stream().map(Budget::service).collect(toSet()));
    assertEquals(4, budgets.size());
    for (Budget b : budgets) {
      assertTrue(b.needed() <= b.maxConnections(), b + " needs " + b.needed());
    }
  }

  @Test
  void the_platform_defaults_at_the_autoscalers_top_would_not_fit() throws Exception {
    List<JsonNode> docs = new ArrayList<>();
    for (JsonNode d : Repo.manifests("prod")) {
      JsonNode copy = d.deepCopy();
      if (d.path("kind").asText().equals("Deployment")
          && copy.at("/spec/template/spec/containers/0/env").isArray()) {
        ((ArrayNode) copy
            .at("/spec/template/spec/containers/0/env")).removeIf(e ->
            e.get("name").asText().startsWith("QUARKUS_DATASOURCE_"));
      }
      if (d.path("kind").asText().equals("Cluster")) {
        ((ObjectNode) copy.at("/spec/postgresql/parameters")).put("max_connections", "100");
      }
      docs.add(copy);
    }
    List<Budget> budgets = budgets(docs);
    assertEquals(4, budgets.size());
    for (Budget b : budgets) {
      assertTrue(b.needed() > b.maxConnections(), b + ": the budget would notice");
    }
  }
}

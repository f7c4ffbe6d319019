package org.ogptracker.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kustomize overlays build, every document validates against the schema of its kind
 * (Kubernetes' own and the Strimzi and CloudNativePG CRDs', in src/test/resources, named as
 * kubeconform names them), and what the manifests say agrees with the suite.
 */
class ManifestsTest {
  private static final Path SCHEMAS = Path.of("src/test/resources/schemas/kubernetes")
      .toAbsolutePath();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
  private static final Map<Path, JsonSchema> LOADED = new HashMap<>();

  /** kubeconform's file name: kind, the first part of the API group, version. */
  static Path schemaOf(JsonNode doc) {
    String apiVersion = doc.path("apiVersion").asText();
    String kind = doc.path("kind").asText().toLowerCase(Locale.ROOT);
    int slash = apiVersion.indexOf('/');
    String name = slash < 0 ? kind + "-" + apiVersion
        : kind + "-" + apiVersion.substring(0, slash).split("\\.")[0] + "-"
            + apiVersion.substring(slash + 1);
    return SCHEMAS.resolve(name + ".json");
  }

  static List<String> violations(JsonNode doc) throws Exception {
    Path file = schemaOf(doc);
    String what = doc.path("kind").asText() + " " + doc.at("/metadata/name").asText();
    if (!Files.exists(file)) {
      return List.of(what + ": no schema " + Repo.ROOT.relativize(file));
    }
    JsonSchema schema;
    synchronized (LOADED) {
      schema = LOADED.computeIfAbsent(file,
          f -> FACTORY.getSchema(SchemaLocation.of(f.toUri().toString())));
    }
    List<String> problems = new ArrayList<>();
    schema.validate(doc).forEach(m -> problems.add(what + ": " + m.getMessage()));
    return problems;
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void every_document_validates_against_the_schema_of_its_kind(String overlay) throws Exception {
    List<JsonNode> docs = Repo.manifests(overlay);
    List<String> problems = new ArrayList<>();
    for (JsonNode doc : docs) {
      problems.addAll(violations(doc));
    }
    assertEquals(List.of(), problems);
    Set<String> kinds = new TreeSet<>();
    docs.forEach(d -> kinds.add(d.path("kind").asText()));
    assertTrue(kinds.containsAll(Set.of("Deployment", "Service", "HorizontalPodAutoscaler",
        "PodDisruptionBudget", "NetworkPolicy", "Ingress", "ConfigMap", "Kafka",
        "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster")), kinds.toString());
  }

  @Test
  void the_schemas_notice_a_broken_manifest() throws Exception {
    List<JsonNode> docs = Repo.manifests("prod");
    ObjectNode deployment = (ObjectNode) Repo.ofKind(docs, "Deployment").get(0).deepCopy();
    ((ObjectNode) deployment.get("spec")).put("replicas", "two");
    assertEquals(1, violations(deployment).size(), "replicas as a string");
    ObjectNode typo = (ObjectNode) Repo.ofKind(docs, "Deployment").get(0).deepCopy();
    ((ObjectNode) typo.get("spec")).put("replica", 2);
    assertFalse(violations(typo).isEmpty(), "an unknown field");
    ObjectNode kafka = (ObjectNode) Repo.ofKind(docs, "Kafka").get(0).deepCopy();
    ((ObjectNode) kafka.at("/spec/kafka/listeners/0")).put("type", "internel");
    assertFalse(violations(kafka).isEmpty(), "a listener type Strimzi does not know");
    ObjectNode cluster = (ObjectNode) Repo.ofKind(docs, "Cluster").get(0).deepCopy();
    ((ObjectNode) cluster.get("spec")).put("instances", 0);
    assertFalse(violations(cluster).isEmpty(), "a database of no instance");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void the_topics_are_those_of_the_event_contract(String overlay) throws Exception {
    Set<String> topics = new TreeSet<>();
    Repo.ofKind(Repo.manifests(overlay), "KafkaTopic")
        .forEach(t -> topics.add(t.at("/spec/topicName").asText()));
    assertEquals(new TreeSet<>(Repo.contractTopics()), topics);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void every_app_is_probed_limited_and_unprivileged(String overlay) throws Exception {
    List<JsonNode> all = Repo.ofKind(Repo.manifests(overlay), "Deployment");
    List<JsonNode> deployments = all.stream().filter(d -> !isRedis(d)).toList();
    assertEquals(6, deployments.size());
    Set<String> apps = new TreeSet<>();
    deployments.forEach(d -> apps.add(d.at("/metadata/name").asText()));
    assertEquals(Set.of("countries-service", "commitments-service", "reports-service",
        "notifications-service", "pages-service", "gateway"), apps);
    // The rate-limit store beside them: probed, limited and unprivileged too.
    JsonNode redis = all.stream().filter(ManifestsTest::isRedis).findFirst().orElseThrow();
    JsonNode store = redis.at("/spec/template/spec/containers/0");
    assertTrue(store.at("/readinessProbe").isObject() && store.at("/livenessProbe").isObject());
    assertTrue(store.at("/resources/limits/memory").isTextual());
    assertTrue(redis.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
    assertFalse(store.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
    for (JsonNode d : deployments) {
      String name = d.at("/metadata/name").asText();
      JsonNode pod = d.at("/spec/template/spec");
      JsonNode app = pod.at("/containers/0");
      assertEquals("/q/health/ready", app.at("/readinessProbe/httpGet/path").asText(), name);
      assertEquals("/q/health/live", app.at("/livenessProbe/httpGet/path").asText(), name);
      assertTrue(app.at("/resources/requests/cpu").isTextual(), name);
      assertTrue(app.at("/resources/limits/memory").isTextual(), name);
      assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name);
      assertFalse(app.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), name);
      assertTrue(app.at("/image").asText().startsWith("ogp-tracker/" + name + ":"), name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void the_gateway_is_given_the_service_of_each_app_behind_it(String overlay) throws Exception {
    List<JsonNode> docs = Repo.manifests(overlay);
    JsonNode config = Repo.ofKind(docs, "ConfigMap").stream()
        .filter(c -> c.at("/metadata/name").asText().startsWith("ogp-config")).findFirst()
        .orElseThrow().path("data");
    for (String app : List.of("countries-service", "commitments-service", "reports-service",
        "notifications-service", "pages-service")) {
      JsonNode service = Repo.ofKind(docs, "Service").stream()
          .filter(d -> d.at("/metadata/name").asText().equals(app)).findFirst()
          .orElseThrow(() -> new AssertionError("no Service " + app));
      String setting = "OGP_" + app.substring(0, app.indexOf('-')).toUpperCase(Locale.ROOT)
          + "_URL";
      assertEquals("http://" + app + ":" + service.at("/spec/ports/0/port").asInt(),
          config.path(setting).asText(), setting);
    }
  }

  private static boolean isRedis(JsonNode deployment) {
    return deployment.at("/metadata/name").asText().equals("redis");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void every_setting_given_to_an_app_is_one_it_reads(String overlay) throws Exception {
    List<JsonNode> docs = Repo.manifests(overlay);
    Set<String> given = new TreeSet<>();
    for (JsonNode d : Repo.ofKind(docs, "Deployment")) {
      if (!isRedis(d)) {
        d.at("/spec/template/spec/containers/0/env")
            .forEach(e -> given.add(e.get("name").asText()));
      }
    }
    Repo.ofKind(docs, "ConfigMap").forEach(c -> c.path("data").fieldNames()
        .forEachRemaining(given::add));
    Set<String> read = Repo.settingsTheAppsRead();
    List<String> unread = given.stream().filter(n -> !read.contains(n) && !isJvmOrQuarkus(n))
        .toList();
    assertEquals(List.of(), unread, "settings no app reads (read: " + read + ")");
    // Each service gets its database's credentials from the Secret CloudNativePG makes, and its
    // Kafka keystore's password from its KafkaUser's (KafkaAccessTest); pages-service, which has
    // neither database nor Kafka, gets no secret at all (nor the token key).
    for (JsonNode d : Repo.ofKind(docs, "Deployment")) {
      String name = d.at("/metadata/name").asText();
      if (name.endsWith("-service")) {
        String db = name.replace("-service", "-db");
        List<String> secrets = new ArrayList<>();
        d.at("/spec/template/spec/containers/0/env").forEach(e -> {
          if (e.has("valueFrom")) {
            secrets.add(e.at("/valueFrom/secretKeyRef/name").asText());
          }
        });
        if (name.equals("pages-service")) {
          d.at("/spec/template/spec/volumes").forEach(v -> {
            if (v.has("secret")) {
              secrets.add(v.at("/secret/secretName").asText());
            }
          });
          assertEquals(List.of(), secrets, name);
        } else {
          assertEquals(List.of(db + "-app", db + "-app", name), secrets, name);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void the_public_ingress_routes_the_pages_the_api_and_its_documents_never_health_or_metrics(
      String overlay) throws Exception {
    JsonNode ingress = Repo.ofKind(Repo.manifests(overlay), "Ingress").get(0);
    for (String path : List.of("/api/v1/commitments", "/api/v1", "/data.json", "/q/openapi",
        "/q/swagger-ui/", "/q/swagger-ui/index.html", "/catalog/dcat-us.json", "/",
        "/members/ALB", "/plans/AP_ALB03", "/commitments/AL0050", "/static/tracker.css")) {
      assertTrue(routes(ingress, path), path + " is public");
    }
    for (String path : List.of("/q/health", "/q/health/ready", "/q/health/well", "/q/metrics",
        "/q/openapi-gateway", "/apis", "/data.jsonx", "/catalogs", "/statics", "/index.html")) {
      assertFalse(routes(ingress, path), path + " stays inside the cluster");
    }
  }

  @Test
  void production_is_https_only_and_names_the_origins_browsers_may_call_from() throws Exception {
    List<JsonNode> docs = Repo.manifests("prod");
    JsonNode ingress = Repo.ofKind(docs, "Ingress").get(0);
    assertEquals("true", ingress.at("/metadata/annotations")
        .path("nginx.ingress.kubernetes.io/force-ssl-redirect").asText());
    assertTrue(ingress.at("/spec/tls/0/hosts").isArray());
    JsonNode config = Repo.ofKind(docs, "ConfigMap").stream()
        .filter(c -> c.at("/metadata/name").asText().startsWith("ogp-config")).findFirst()
        .orElseThrow().path("data");
    assertTrue(config.path("OGP_PUBLIC_URL").asText().startsWith("https://"));
    String origins = config.path("OGP_CORS_ORIGINS").asText();
    assertFalse(origins.isBlank(), "the prod overlay names its origins");
    for (String origin : origins.split(",")) {
      assertTrue(origin.matches("https://[a-z0-9.-]+"), origin + ": one https origin, no pattern");
    }
  }

  /** Whether one of the ingress's paths takes {@code path} (Kubernetes' Exact and Prefix). */
  static boolean routes(JsonNode ingress, String path) {
    for (JsonNode rule : ingress.at("/spec/rules")) {
      for (JsonNode p : rule.at("/http/paths")) {
        String declared = p.get("path").asText();
        boolean match = p.get("pathType").asText().equals("Exact") ? path.equals(declared)
            : path.equals(declared) || path.startsWith(declared.endsWith("/") ? declared
                : declared + "/");
        if (match) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isJvmOrQuarkus(String name) {
    return name.equals("JAVA_TOOL_OPTIONS") || name.startsWith("QUARKUS_");
  }
}

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
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose/compose.yaml (no engine runs here to start it): it is a valid Compose file by
 * the Compose Specification's schema, and it is the local stack in containers: the topics of
 * the event contract, settings the apps read, the images Kubernetes runs.
 */
class ComposeTest {
  /** The file as compose reads it: YAML with its anchors and merge keys resolved. */
  static JsonNode compose() throws Exception {
    Object loaded = new Yaml().load(Files.readString(
        Repo.ROOT.resolve("deploy/compose/compose.yaml")));
    return Repo.YAML.valueToTree(loaded);
  }

  static JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(
        SchemaLocation.of("classpath:schemas/compose-spec.json"));
  }

  @Test
  void is_valid_by_the_compose_specification() throws Exception {
    JsonNode compose = compose();
    assertEquals(Set.of(), schema().validate(compose));
    // ... and the schema is strict enough to notice a typo.
    ObjectNode broken = compose.deepCopy();
    ((ObjectNode) broken.at("/services/gateway")).put("restart_policy", "always");
    assertFalse(schema().validate(broken).isEmpty());
  }

  @Test
  void makes_the_topics_of_the_event_contract() throws Exception {
    String command = compose().at("/services/kafka-topics/command").toString();
    Set<String> topics = new TreeSet<>();
    Matcher m = Pattern.compile("ogp\\.[a-z]+\\.v[0-9]+(\\.dlq)?").matcher(command);
    while (m.find()) {
      topics.add(m.group());
    }
    assertEquals(new TreeSet<>(Repo.contractTopics()), topics);
  }

  @Test
  void gives_the_apps_settings_they_read_and_runs_the_images_kubernetes_runs() throws Exception {
    JsonNode services = compose().get("services");
    Set<String> read = Repo.settingsTheAppsRead();
    Set<String> images = new TreeSet<>();
    for (String app : List.of("countries-service", "commitments-service", "reports-service",
        "notifications-service", "pages-service", "gateway")) {
      JsonNode service = services.get(app);
      images.add(service.get("image").asText());
      service.get("environment").fieldNames().forEachRemaining(name -> assertTrue(
          read.contains(name) || ManifestsTest.isJvmOrQuarkus(name), app + ": " + name));
      assertTrue(service.at("/healthcheck/test").toString().contains("/q/health/ready"), app);
    }
    // The apps' images (Kubernetes runs a Redis beside them for its gateway replicas' shared
    // limits; compose runs one gateway, which limits alone).
    Set<String> kubernetes = new TreeSet<>();
    Repo.ofKind(Repo.manifests("prod"), "Deployment").stream()
        .map(d -> d.at("/spec/template/spec/containers/0/image").asText())
        .filter(image -> image.startsWith("ogp-tracker/")).forEach(kubernetes::add);
    assertEquals(kubernetes, images);
    // Only loopback ports are published.
    services.forEach(s -> s.path("ports").forEach(p ->
        assertTrue(p.asText().startsWith("127.0.0.1:"), p.asText())));
  }

  @Test
  void the_gateway_waits_for_and_reaches_every_app_and_each_service_has_its_database()
      throws Exception {
    JsonNode services = compose().get("services");
    JsonNode gateway = services.get("gateway");
    String databases = Files.readString(
        Repo.ROOT.resolve("deploy/compose/init-databases.sql"));
    for (String app : List.of("countries-service", "commitments-service", "reports-service",
        "notifications-service")) {
      String setting = "OGP_" + app.substring(0, app.indexOf('-')).toUpperCase(Locale.ROOT)
          + "_URL";
      assertEquals("http://" + app + ":" + services.get(app).at(
          "/environment/QUARKUS_HTTP_PORT").asText(), gateway.at("/environment/" + setting)
          .asText(), app);
      assertEquals("service_healthy", gateway.at("/depends_on/" + app + "/condition").asText(),
          app);
      Properties config = new Properties();
      config.load(new StringReader(Files.readString(
          Repo.ROOT.resolve(app + "/src/main/resources/application.properties"))));
      String db = config.getProperty("ogp.db.name");
      assertTrue(databases.contains("CREATE DATABASE " + db + ";"), app + ": " + db);
    }
    // pages-service, behind the gateway, reads the three domain services where the gateway does.
    JsonNode pages = services.get("pages-service");
    assertEquals("http://pages-service:" + pages.at("/environment/QUARKUS_HTTP_PORT").asText(),
        gateway.at("/environment/OGP_PAGES_URL").asText());
    assertEquals("service_healthy", gateway.at("/depends_on/pages-service/condition").asText());
    for (String setting : List.of("OGP_COUNTRIES_URL", "OGP_COMMITMENTS_URL",
        "OGP_REPORTS_URL")) {
      assertEquals(gateway.at("/environment/" + setting).asText(),
          pages.at("/environment/" + setting).asText(), setting);
    }
    assertFalse(pages.path("environment").has("OGP_DB_URL"), "pages-service has no database");
  }
}

package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.RepoRoot;
import org.ogptracker.platform.testing.SuiteProcesses;

/** The merged document: every routed path of every service, and clean under Spectral. */
@QuarkusTest
class OpenApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOCAL_GATEWAY = "http://127.0.0.1:8080";

  @Test
  void holds_every_routed_operation_of_every_service_with_its_tag() throws Exception {
    JsonNode merged = JSON.readTree(given().get("/q/openapi").then().statusCode(200)
        .extract().asByteArray());
    assertEquals("3.1.0", merged.get("openapi").asText());
    assertEquals("bearer", merged.at("/components/securitySchemes/bearer/scheme").asText());
    int operations = 0;
    for (String service : SuiteProcesses.SERVICES) {
      JsonNode own = JSON.readTree(given().baseUri(SuiteProcesses.url(service))
          .get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray());
      for (var path : iterable(own.get("paths").fieldNames())) {
        if (path.startsWith("/api/v1/imports")) {
          continue; // admin bulk loads stay on the services (docs/architecture.md)
        }
        for (var method : iterable(own.get("paths").get(path).fieldNames())) {
          JsonNode op = merged.path("paths").path(path).path(method);
          assertTrue(op.isObject(), method + " " + path + " of " + service + " is missing");
          assertEquals(service, op.path("x-service").asText(), method + " " + path);
          String tag = op.at("/tags/0").asText();
          assertTrue(tagGroup(merged, service).contains(tag), method + " " + path + ": its "
              + "resource's tag " + tag + " in the group of " + service);
          assertTrue(defined(merged, tag), tag + " is defined with a description");
          operations++;
        }
      }
    }
    assertTrue(operations > 30, operations + " operations");
    assertTrue(merged.path("paths").has("/data.json"));
  }

  /**
   * {@code docs/api/openapi.json} is the document as served (its server the local stack's
   * gateway): what the generated clients are made from (harness/api-clients) and what a reviewer
   * reads in a diff. After a change of the API: {@code deploy/local/test -pl gateway
   * -Dtest=OpenApiTest -Dogp.openapi.write=true}, and its entry in docs/api/changelog.md.
   */
  @Test
  void is_the_document_kept_in_docs_api() throws Exception {
    ObjectNode served = (ObjectNode) JSON.readTree(given().get("/q/openapi").then()
        .statusCode(200).extract().asByteArray());
    ((ObjectNode) served.at("/servers/0")).put("url", LOCAL_GATEWAY);
    Path kept = RepoRoot.resolve("docs/api/openapi.json");
    if (Boolean.getBoolean("ogp.openapi.write")) {
      Files.writeString(kept, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served)
          + "\n");
    }
    JsonNode documented = JSON.readTree(kept.toFile());
    List<String> differ = new ArrayList<>();
    for (String part : List.of("/info", "/tags", "/x-tagGroups", "/servers")) {
      if (!served.at(part).equals(documented.at(part))) {
        differ.add(part);
      }
    }
    for (String section : List.of("/paths", "/components/schemas")) {
      Set<String> names = new TreeSet<>();
      served.at(section).fieldNames().forEachRemaining(names::add);
      documented.at(section).fieldNames().forEachRemaining(names::add);
      names.stream().filter(n -> !served.at(section).path(n).equals(documented.at(section).path(n)))
          .forEach(n -> differ.add(section + "/" + n));
    }
    assertEquals(List.of(), differ, "the served document differs from " + kept + " there: "
        + "write it anew with -Dogp.openapi.write=true and say what changed for clients in "
        + "docs/api/changelog.md");
    assertEquals(served, documented);
  }

  /**
   * Swagger UI, mock servers (Prism) and readers show a realistic value of every field: each
   * property of each schema has an example, or is one of an enum, or another schema (which has
   * its own).
   */
  @Test
  void every_property_of_every_schema_has_an_example() throws Exception {
    JsonNode schemas = JSON.readTree(given().get("/q/openapi").then().statusCode(200).extract()
        .asByteArray()).at("/components/schemas");
    List<String> without = new ArrayList<>();
    schemas.fields().forEachRemaining(schema -> schema.getValue().path("properties").fields()
        .forEachRemaining(p -> {
          if (!shown(p.getValue())) {
            without.add(schema.getKey() + "." + p.getKey());
          }
        }));
    assertEquals(List.of(), without, "properties without an example");
  }

  private static boolean shown(JsonNode property) {
    if (property.has("examples") || property.has("example") || property.has("enum")
        || property.has("const") || property.has("$ref")) {
      return true;
    }
    if (property.path("type").asText().equals("array")) {
      return shown(property.path("items"));
    }
    List<Boolean> inner = new ArrayList<>();
    property.path("properties").forEach(p -> inner.add(shown(p)));
    return !inner.isEmpty() && !inner.contains(false); // an object shown by its properties
  }

  @Test
  void its_version_is_the_newest_of_the_api_changelog() throws Exception {
    String version = JSON.readTree(given().get("/q/openapi").then().statusCode(200).extract()
        .asByteArray()).at("/info/version").asText();
    String newest = Files.readAllLines(RepoRoot.resolve("docs/api/changelog.md")).stream()
        .filter(line -> line.matches("## [0-9]+\\.[0-9]+\\.[0-9]+.*")).findFirst()
        .orElseThrow().substring(3).split(" ")[0];
    assertEquals(newest, version, "info.version of gateway-openapi.json and the first entry "
        + "of docs/api/changelog.md");
  }

  @Test
  void every_operation_has_a_stable_id_of_its_own_a_client_generator_makes_a_method_of()
      throws Exception {
    JsonNode paths = JSON.readTree(given().get("/q/openapi").then().statusCode(200)
        .extract().asByteArray()).path("paths");
    Set<String> ids = new HashSet<>();
    int operations = 0;
    for (var path : iterable(paths.fieldNames())) {
      for (var method : iterable(paths.get(path).fieldNames())) {
        String id = paths.get(path).get(method).path("operationId").asText("");
        assertTrue(id.matches("[a-z][A-Za-z]+") && !id.contains("Resource"),
            method + " " + path + ": operationId '" + id + "' (listCountries, getCommitment...)");
        assertTrue(ids.add(id), id + " twice");
        operations++;
      }
    }
    assertTrue(operations > 30, operations + " operations");
    assertTrue(ids.containsAll(List.of("listCountries", "getCommitment", "reportProgress")));
  }

  @Test
  void filters_that_take_codes_declare_them_so_clients_can_offer_them() throws Exception {
    JsonNode paths = JSON.readTree(given().get("/q/openapi").then().statusCode(200)
        .extract().asByteArray()).path("paths");
    String[][] filters = {
        {"/api/v1/countries", "region", "Region"}, {"/api/v1/countries", "kind", "MemberKind"},
        {"/api/v1/countries", "status", "MemberStatus"},
        {"/api/v1/action-plans", "status", "PlanStatus"},
        {"/api/v1/commitments", "challenge", "GrandChallenge"},
        {"/api/v1/commitments", "value", "OgpValue"},
        {"/api/v1/reports", "kind", "ReportKind"}, {"/api/v1/reports", "status", "ReportStatus"},
        {"/api/v1/assessments", "stage", "Stage"}};
    for (String[] f : filters) {
      JsonNode schema = null;
      for (JsonNode p : paths.path(f[0]).path("get").path("parameters")) {
        if (p.path("name").asText().equals(f[1])) {
          schema = p.path("schema");
        }
      }
      assertTrue(schema != null && schema.path("$ref").asText().endsWith("/" + f[2]),
          f[0] + "?" + f[1] + " declares " + f[2] + ": " + schema);
    }
  }

  @Test
  void lists_the_codes_a_request_takes_as_enum_values_not_the_java_names() throws Exception {
    JsonNode schemas = JSON.readTree(given().get("/q/openapi").then().statusCode(200)
        .extract().asByteArray()).path("components").path("schemas");
    assertEquals(List.of("improving_public_services", "increasing_public_integrity",
            "more_effectively_managing_public_resources", "creating_safer_communities",
            "increasing_corporate_accountability"),
        JSON.convertValue(schemas.at("/GrandChallenge/enum"), List.class));
    assertEquals(List.of("eligible", "active", "inactive", "under_review", "withdrawn"),
        JSON.convertValue(schemas.at("/MemberStatus/enum"), List.class));
    assertEquals(List.of("draft", "published"),
        JSON.convertValue(schemas.at("/ReportStatus/enum"), List.class));
  }

  @Test
  void passes_spectral_oas_with_no_errors_and_no_warnings() throws Exception {
    Path doc = Path.of("target/suite-openapi.json");
    Files.write(doc, given().get("/q/openapi").then().statusCode(200).extract().asByteArray());
    Path spectral = Path.of(System.getenv().getOrDefault("OGP_SPECTRAL",
        "../.local/npm/node_modules/.bin/spectral"));
    assertTrue(Files.isExecutable(spectral), spectral + " is missing: deploy/local/test "
        + "installs it (npm @stoplight/spectral-cli)");
    List<String> command = new ArrayList<>(List.of(spectral.toString(), "lint", doc.toString(),
        "--ruleset", "spectral.yaml", "--fail-severity", "warn", "--format", "text"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "spectral did not finish");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Files.writeString(Path.of("target/spectral.txt"), out);
    assertEquals(0, p.exitValue(), "spectral found errors or warnings:\n" + out);
  }

  private static List<String> tagGroup(JsonNode doc, String name) {
    List<String> tags = new ArrayList<>();
    doc.path("x-tagGroups").forEach(g -> {
      if (g.path("name").asText().equals(name)) {
        g.path("tags").forEach(t -> tags.add(t.asText()));
      }
    });
    return tags;
  }

  private static boolean defined(JsonNode doc, String tag) {
    for (JsonNode t : doc.path("tags")) {
      if (t.path("name").asText().equals(tag)) {
        return !t.path("description").asText("").isBlank();
      }
    }
    return false;
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
    return () -> it;
  }
}

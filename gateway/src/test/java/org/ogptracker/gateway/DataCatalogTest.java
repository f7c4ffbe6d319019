package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** data.json: valid Project Open Data v1.1, and every distribution answers what it says. */
@QuarkusTest
class DataCatalogTest {
  /** The shared schemas beside the repository ({@code OGP_SHARED} overrides {@code ../shared}). */
  private static final Path SCHEMAS = Path.of(System.getenv().getOrDefault("OGP_SHARED",
      "../../shared")).resolve("schemas/pod-v1.1").toAbsolutePath().normalize();
  private static final String SCHEMA_ID = "https://project-open-data.cio.gov/v1.1/schema/";

  @Test
  void is_a_valid_pod_catalog() throws Exception {
    JsonNode catalog = new ObjectMapper().readTree(given().get("/data.json").then()
        .statusCode(200).extract().asByteArray());
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_ID,
            SCHEMAS.toUri().toString().replaceAll("/?$", "/"))));
    assertTrue(Files.isDirectory(SCHEMAS), SCHEMAS + " is missing");
    JsonSchema schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID + "catalog.json"));
    Set<ValidationMessage> errors = schema.validate(catalog);
    assertTrue(errors.isEmpty(), "not valid POD v1.1: " + errors);
    assertEquals(5, catalog.get("dataset").size());

    // The schema is strict enough to notice a broken catalog.
    ((ObjectNode) catalog.get("dataset").get(0))
        .remove("publisher");
    assertEquals(1, schema.validate(catalog).size());
  }

  @Test
  void every_distribution_answers_with_its_media_type() throws Exception {
    JsonNode catalog = new ObjectMapper().readTree(given().get("/data.json").then()
        .statusCode(200).extract().asByteArray());
    for (JsonNode dataset : catalog.get("dataset")) {
      for (JsonNode d : dataset.get("distribution")) {
        given().get(d.get("downloadURL").asText()).then().statusCode(200)
            .contentType(startsWith(d.get("mediaType").asText()));
      }
    }
  }

  @Test
  void each_dataset_has_its_change_feed_with_changes_of_it_alone() throws Exception {
    JsonNode catalog = new ObjectMapper().readTree(given().get("/data.json").then()
        .statusCode(200).extract().asByteArray());
    for (JsonNode dataset : catalog.get("dataset")) {
      List<String> feeds = new ArrayList<>();
      dataset.get("distribution").forEach(d -> {
        if (d.get("title").asText().endsWith(": changes")) {
          feeds.add(d.get("downloadURL").asText());
        }
      });
      assertEquals(1, feeds.size(), dataset.get("title").asText());
      String types = URI.create(feeds.get(0)).getQuery().replaceFirst("^type=", "");
      JsonNode answer = new ObjectMapper().readTree(given().get(feeds.get(0)).then()
          .statusCode(200).extract().asByteArray());
      assertTrue(answer.get("cursor").isTextual(), feeds.get(0));
      for (JsonNode change : answer.get("items")) {
        assertTrue(List.of(types.split(",")).contains(change.get("type").asText()),
            change.get("type") + " in " + feeds.get(0));
      }
    }
  }
}

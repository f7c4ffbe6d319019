package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * /catalog/dcat-us.json: valid DCAT-US 3.0 (the published JSON Schema, kept in the test
 * resources), the same datasets as data.json, and every distribution answers what it says.
 */
@QuarkusTest
class DcatUsCatalogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCHEMAS = Path.of("src/test/resources/schemas/dcat-us-3.0");

  @Test
  void is_a_valid_dcat_us_3_catalog_of_the_same_datasets_as_data_json() throws Exception {
    JsonNode catalog = read("/catalog/dcat-us.json");
    JsonSchema schema = catalogSchema();
    Set<ValidationMessage> errors = schema.validate(catalog);
    assertTrue(errors.isEmpty(), "not valid DCAT-US 3.0: " + errors);
    JsonNode pod = read("/data.json");
    assertEquals(pod.get("dataset").size(), catalog.get("dataset").size());
    for (int i = 0; i < pod.get("dataset").size(); i++) {
      assertEquals(pod.at("/dataset/" + i + "/title"), catalog.at("/dataset/" + i + "/title"));
    }

    // The schema is strict enough to notice a broken catalog.
    ((ObjectNode) catalog.get("dataset").get(0)).remove("contactPoint");
    assertFalse(schema.validate(catalog).isEmpty(), "a dataset without its contact point");
  }

  @Test
  void every_distribution_answers_with_its_media_type() throws Exception {
    for (JsonNode dataset : read("/catalog/dcat-us.json").get("dataset")) {
      for (JsonNode d : dataset.get("distribution")) {
        given().get(d.get("downloadURL").asText()).then().statusCode(200)
            .contentType(startsWith(d.get("mediaType").asText()));
      }
      given().get(dataset.at("/describedBy/accessURL").asText()).then().statusCode(200);
    }
  }

  private static JsonNode read(String path) throws Exception {
    return JSON.readTree(given().get(path).then().statusCode(200).extract().asByteArray());
  }

  /** The catalog schema, every definition it refers to loaded by its $id from the copies. */
  private static JsonSchema catalogSchema() throws Exception {
    Map<String, String> byId = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SCHEMAS)) {
      files = walk.filter(f -> f.toString().endsWith(".json")).toList();
    }
    for (Path f : files) {
      String text = Files.readString(f);
      byId.put(JSON.readTree(text).get("$id").asText(), text);
    }
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaLoaders(loaders -> loaders.schemas(byId)));
    return factory.getSchema(SchemaLocation.of("https://resources.data.gov/dcat-us/3.0.0/catalog"));
  }
}

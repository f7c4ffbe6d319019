package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.EventStream;
import org.ogptracker.platform.testing.TestTokens;

/**
 * Every read the merged OpenAPI declares, called through the gateway on data made here, as JSON,
 * as CSV where it offers CSV, and refused the two ways any read can be (an Accept it cannot
 * give, a token that is not valid): the suite's {@link ContractFilter} holds each answer against
 * the document, so one the document does not describe fails here. The other tests' calls (the
 * writes, the bad-input campaign, the stories) are held against it the same way.
 */
class OpenApiContractTest {
  @Test
  void every_read_answers_as_the_document_says_in_json_and_csv_and_when_refused()
      throws Exception {
    Suite.start();
    MemberFixture data = MemberFixture.withEveryResource();
    JsonNode document = new ObjectMapper().readTree(
        given().get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray());
    List<String> read = new ArrayList<>();
    for (ApiOperations.Operation op : ApiOperations.of(RestAssured.baseURI)) {
      if (!op.method().equals("GET") || !op.path().startsWith("/api/")) {
        continue;
      }
      String path = data.pathTo(op.path());
      if (op.streams()) {
        // A stream stays open: its status and media type, then hang up.
        try (EventStream stream = EventStream.open(URI.create(RestAssured.baseURI + path), null)) {
          assertEquals(200, stream.response().statusCode(), path);
          assertTrue(stream.response().headers().firstValue("Content-Type").orElse("")
              .startsWith("text/event-stream"), path);
        }
        given().accept("application/xml").get(path).then().statusCode(406);
      } else {
        // A subscription is its owner's: read with the owner's token; to anyone else it is not
        // there, and without a token it is refused.
        boolean owned = MemberFixture.owned(path);
        Supplier<RequestSpecification> reader = () -> owned
            ? given().header("Authorization", "Bearer " + data.government()) : given();
        reader.get().get(path).then().statusCode(200);
        if (owned) {
          given().get(path).then().statusCode(401);
          given().header("Authorization", "Bearer " + TestTokens.reviewer()).get(path).then()
              .statusCode(path.equals("/api/v1/subscriptions") ? 200 : 404);
        }
        JsonNode ok = document.at("/paths/" + op.path().replace("/", "~1")
            + "/get/responses/200");
        if (ok.path("content").has("text/csv")) {
          reader.get().accept("text/csv").get(path).then().statusCode(200);
        }
        reader.get().accept("application/xml").get(path).then().statusCode(406);
      }
      given().header("Authorization", "Bearer not.a.token").get(path).then().statusCode(401);
      read.add(op.path());
    }
    assertTrue(read.size() >= 24, read.size() + " reads: " + read);
    assertEquals(read.size(), read.stream().distinct().count());
  }
}

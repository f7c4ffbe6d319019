package org.ogptracker.commitments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.commitments.api.Fixtures.activeMember;
import static org.ogptracker.commitments.api.Fixtures.asGovernment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogptracker.platform.testing.TestTokens;

@QuarkusTest
class BadInputTest {
  @Inject
  EntityManager em;

  @Test
  void bad_commitments_are_400_problems_and_add_nothing() {
    String member = activeMember(em);
    String planId = Fixtures.plan(member);
    String url = "/api/v1/action-plans/" + planId + "/commitments";
    String[] bodies = {
        "{\"title\":",
        "{\"description\":\"no title\"}",
        "{\"title\":\"  \"}",
        "{\"title\":\"T\",\"grandChallenges\":[\"world_peace\"]}",
        "{\"title\":\"T\",\"ogpValues\":\"access_to_information\"}",
        "{\"title\":\"T\",\"themes\":[\"astrology\"]}",
        "{\"title\":\"T\",\"sourceUrl\":\"javascript:alert(1)\"}",
        "{\"title\":\"T\",\"startDate\":\"2025-13-40\"}",
        "{\"title\":\"T\",\"startDate\":\"2025-06-01\",\"endDate\":\"2025-01-01\"}",
        "{\"title\":\"" + "x".repeat(1001) + "\"}",
        "{\"title\":\"T\",\"unknownField\":1}"};
    for (String body : bodies) {
      asGovernment(member).body(body).post(url).then().statusCode(400)
          .contentType("application/problem+json").body("status", equalTo(400));
    }
    given().get("/api/v1/action-plans/" + planId).then().body("commitments", hasSize(0));
  }

  /**
   * A JSON body past the JSON limit (512 KiB) but far under the transport's (10 MiB): refused
   * as a 413 before it becomes objects, whether its length is declared or it comes in chunks.
   */
  @Test
  void a_huge_json_array_is_413_declared_or_chunked_and_adds_nothing() throws Exception {
    String member = activeMember(em);
    String planId = Fixtures.plan(member);
    String url = "/api/v1/action-plans/" + planId + "/commitments";
    String huge = "{\"title\":\"T\",\"supportingInstitutions\":["
        + "\"Ministry\",".repeat(300_000) + "\"Ministry\"]}";
    asGovernment(member).body(huge).post(url).then().statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("at most 524288 bytes"));
    HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(RestAssured.baseURI + ":" + RestAssured.port + url))
        .header("Authorization", TestTokens.bearer(TestTokens.government(member)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertEquals("application/problem+json", chunked.headers().firstValue("Content-Type")
        .orElse(""));
    given().get("/api/v1/action-plans/" + planId).then().body("commitments", hasSize(0));
  }

  @Test
  void bad_progress_is_a_400_and_appends_nothing() {
    String member = activeMember(em);
    String commitmentId = Fixtures.commitment(member, Fixtures.plan(member), "Data portal");
    String milestoneId = asGovernment(member).body("{\"description\":\"Launch\"}")
        .post("/api/v1/commitments/" + commitmentId + "/milestones").then().extract().path("id");
    String url = "/api/v1/milestones/" + milestoneId + "/progress";
    for (String body : new String[] {
        "{\"status\":\"complete\",\"percentComplete\":50}",
        "{\"status\":\"in_progress\"}",
        "{\"status\":\"done\",\"percentComplete\":100}",
        "{\"status\":\"in_progress\",\"percentComplete\":150}",
        "{\"status\":\"in_progress\",\"percentComplete\":10,\"evidenceUrls\":[\"file:///etc/passwd\"]}",
        "{\"percentComplete\":10}"}) {
      asGovernment(member).body(body).post(url).then().statusCode(400)
          .contentType("application/problem+json");
    }
    given().get(url).then().body("items", hasSize(0));
    given().get("/api/v1/milestones/" + milestoneId).then().body("updates", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/action-plans/AP_ALB03;drop", "/api/v1/commitments/'--",
      "/api/v1/milestones/AL0050", "/api/v1/commitments?challenge=peace",
      "/api/v1/commitments?theme=astrology", "/api/v1/action-plans?status=lost",
      "/api/v1/action-plans?year=twenty", "/api/v1/commitments?cursor=abc",
      "/api/v1/commitments?limit=0", "/api/v1/commitments?descriptions=short"})
  void bad_paths_and_filters_are_400(String url) {
    given().urlEncodingEnabled(true).get(url).then().statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void unknown_ids_are_404() {
    given().get("/api/v1/action-plans/AP_AAZZ99").then().statusCode(404);
    given().get("/api/v1/commitments/ZZ9999").then().statusCode(404);
    given().get("/api/v1/milestones/ZZ9999.1").then().statusCode(404);
    given().get("/api/v1/milestones/ZZ9999.1/progress").then().statusCode(404);
  }
}

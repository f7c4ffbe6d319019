package org.ogptracker.commitments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ogptracker.commitments.api.Fixtures.activeMember;
import static org.ogptracker.commitments.api.Fixtures.asGovernment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
      "/api/v1/commitments?limit=0"})
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

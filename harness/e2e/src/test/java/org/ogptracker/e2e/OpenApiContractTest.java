package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestReviews;
import org.ogptracker.platform.testing.TestTokens;

/**
 * Every read the merged OpenAPI declares, called through the gateway on data made here, as JSON,
 * as CSV where it offers CSV, and refused the two ways any read can be (an Accept it cannot
 * give, a token that is not valid): the suite's {@link ContractFilter} holds each answer against
 * the document, so one the document does not describe fails here. The other tests' calls (the
 * writes, the bad-input campaign, the stories) are held against it the same way.
 */
class OpenApiContractTest {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  @Test
  void every_read_answers_as_the_document_says_in_json_and_csv_and_when_refused()
      throws Exception {
    Suite.start();
    MemberFixture data = new MemberFixture(Steps.activeMember());
    Steps.as(TestTokens.government(data.member()))
        .body("{\"status\":\"in_progress\",\"percentComplete\":30}")
        .post("/api/v1/milestones/" + data.milestone() + "/progress").then().statusCode(201);
    String review = data.review();
    Steps.as(TestTokens.reviewer())
        .body("{\"specificity\":\"high\",\"potentialImpact\":\"moderate\"}").put("/api/v1/reports/" + review + "/assessments/" + data.commitment()).then()
        .statusCode(201);
    TestReviews.approve(review); // the review as it stands now
    data.publishedReview();
    JsonNode document = new ObjectMapper().readTree(
        given().get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray());
    List<String> read = new ArrayList<>();
    for (ApiOperations.Operation op : ApiOperations.of(RestAssured.baseURI)) {
      if (!op.method().equals("GET") || !op.path().startsWith("/api/")) {
        continue;
      }
      String path = filled(op.path(), data);
      given().get(path).then().statusCode(200);
      JsonNode ok = document.at("/paths/" + op.path().replace("/", "~1") + "/get/responses/200");
      if (ok.path("content").has("text/csv")) {
        given().accept("text/csv").get(path).then().statusCode(200);
      }
      given().accept("application/xml").get(path).then().statusCode(406);
      given().header("Authorization", "Bearer not.a.token").get(path).then().statusCode(401);
      read.add(op.path());
    }
    assertTrue(read.size() >= 24, read.size() + " reads: " + read);
    assertEquals(read.size(), read.stream().distinct().count());
  }

  /** The path with each parameter given a value of the data, named by where it stands. */
  private static String filled(String template, MemberFixture data) {
    Map<String, String> byResource = Map.of(
        "countries", data.member(), "action-plans", data.plan(), "plan-tracking", data.plan(),
        "commitments", data.commitment(), "scorecards", data.commitment(),
        "milestones", data.milestone(), "reports", data.publishedReview(),
        "assessments", data.commitment());
    Matcher m = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String before = template.substring(0, m.start());
      String resource = before.replaceAll("/$", "").replaceAll(".*/", "");
      String value = byResource.get(resource);
      if (value == null) {
        fail("no value for {" + m.group(1) + "} of " + template + ": add one here");
      }
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    return path.toString();
  }
}

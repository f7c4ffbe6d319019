package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.e2e.Steps.EVENTUAL;
import static org.ogptracker.e2e.Steps.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestReviews;
import org.ogptracker.platform.testing.TestTokens;

/**
 * The story of the suite, end to end through the gateway: a member joins, its government plans
 * and reports progress, a reviewer assesses, the scorecard sets the two side by side, missed
 * deadlines put the member under review; every list answers CSV and the merged OpenAPI
 * describes every call made.
 */
class StoryTest {
  @BeforeAll
  static void start() {
    Suite.start();
  }

  @Test
  void a_member_from_joining_to_review() throws Exception {
    // An admin registers the member and records an eligible assessment: it becomes active.
    String code = Steps.activeMember();

    // Its government plans: two commitments across grand challenges, a milestone, submitted.
    String gov = TestTokens.government(code);
    String plan = Steps.newPlan(gov, code, "2025", "2027");
    String open = Steps.newCommitment(gov, plan, "Open parliament hearings",
        "increasing_public_integrity", "civic_participation");
    String services = Steps.newCommitment(gov, plan, "Service quality dashboards",
        "improving_public_services", "access_to_information");
    String milestone = Steps.newMilestone(gov, open, "Publish the hearing calendar");
    as(gov).body("{\"status\":\"submitted\"}").post("/api/v1/action-plans/" + plan + "/status")
        .then().statusCode(200).body("status", equalTo("submitted"));

    // ... and reports progress with evidence.
    as(gov).header("Idempotency-Key", "story-" + code)
        .body("{\"status\":\"complete\",\"percentComplete\":100,\"note\":\"Calendar online\","
            + "\"evidenceUrls\":[\"https://example.org/calendar.pdf\"]}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);

    // reports-service learns all of it from events.
    await().atMost(EVENTUAL).untilAsserted(() ->
        given().get("/api/v1/plan-tracking/" + plan + "/timeline?limit=200").then()
            .statusCode(200)
            .body("items.type", hasItem("ogp.milestone.progress-reported.v1"))
            .body("items.type", hasItem("ogp.action-plan.submitted.v1")));

    // A reviewer publishes the IRM action-plan review.
    String reviewer = TestTokens.reviewer();
    String report = Steps.newReview(reviewer, plan, "Ambitious on parliament");
    Steps.assess(reviewer, report, open, "{\"specificity\":\"high\",\"verifiable\":\"yes\","
        + "\"relevance\":[\"civic_participation\"],\"potentialImpact\":\"transformative\","
        + "\"potentialForResults\":\"substantial\",\"completion\":\"substantial\"}");
    Steps.assess(reviewer, report, services, "{\"specificity\":\"medium\",\"verifiable\":\"yes\","
        + "\"relevance\":[\"access_to_information\"],\"potentialImpact\":\"minor\","
        + "\"potentialForResults\":\"modest\",\"completion\":\"limited\"}");
    TestReviews.approve(report); // a second reviewer's eyes
    as(reviewer).post("/api/v1/reports/" + report + "/publish").then().statusCode(200)
        .body("status", equalTo("published"));

    // The scorecard: the government's "complete" beside the IRM's "substantial", and the star.
    given().get("/api/v1/scorecards/" + open).then().statusCode(200)
        .body("selfReported.completionFromMilestones.code", equalTo("complete"))
        .body("irm.record.completionMidterm.code", equalTo("substantial"))
        .body("starMidterm.starred", equalTo(true))
        .body("disagreements.indicator", hasItem("completion"));
    given().get("/api/v1/scorecards/" + services).then().statusCode(200)
        .body("starMidterm.starred", equalTo(false));
    given().get("/api/v1/assessments?plan=" + plan + "&starred=true&stage=midterm").then()
        .body("items.commitmentId", equalTo(List.of(open)));

    // Two earlier cycles whose end-of-term self-assessments were never published.
    Steps.newPlan(gov, code, "2019", "2021");
    Steps.newPlan(gov, code, "2021", "2023");
    await().atMost(EVENTUAL).untilAsserted(() ->
        given().get("/api/v1/countries/" + code).then().body("status", equalTo("under_review")));
    given().get("/api/v1/countries/" + code + "/status-history").then()
        .body("items[0].reason", containsString("two consecutive cycles"));
    given().get("/api/v1/compliance?country=" + code).then().statusCode(200)
        .body("items[0].cyclesContraryToProcess", equalTo(2));

    // Every list above answers CSV too.
    for (String list : List.of("/api/v1/countries?q=" + code,
        "/api/v1/countries/" + code + "/status-history",
        "/api/v1/countries/" + code + "/eligibility",
        "/api/v1/eligibility/assessments?country=" + code,
        "/api/v1/action-plans?country=" + code,
        "/api/v1/commitments?plan=" + plan,
        "/api/v1/commitments/" + open + "/milestones",
        "/api/v1/milestones/" + milestone + "/progress",
        "/api/v1/plan-tracking/" + plan + "/timeline",
        "/api/v1/reports?plan=" + plan,
        "/api/v1/reports/" + report + "/assessments",
        "/api/v1/assessments?plan=" + plan)) {
      given().accept("text/csv").get(list).then().statusCode(200)
          .contentType(containsString("text/csv"));
    }

    // The merged OpenAPI describes every call made.
    JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi").then().statusCode(200)
        .extract().asByteArray());
    ApiContract contract = new ApiContract(doc);
    List<String> undocumented = new ArrayList<>();
    for (String call : Suite.CALLS) {
      String method = call.substring(0, call.indexOf(' ')).toLowerCase();
      String path = call.substring(call.indexOf(' ') + 1);
      if (path.startsWith("/q/") || PublicPagesTest.isPage(path)) {
        continue; // Quarkus' own, and the pages for people (not the API; README)
      }
      if (contract.operation(method, path).isEmpty()) {
        undocumented.add(call);
      }
    }
    assertTrue(Suite.CALLS.size() > 20, Suite.CALLS.size() + " calls");
    assertEquals(List.of(), undocumented, "calls the merged OpenAPI does not describe");
  }
}

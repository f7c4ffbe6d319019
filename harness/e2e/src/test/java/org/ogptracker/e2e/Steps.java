package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestReviews;
import org.ogptracker.platform.testing.TestTokens;

/** Steps the end-to-end tests share, each a real call through the gateway. */
final class Steps {
  static final Duration EVENTUAL = Duration.ofSeconds(60);

  private Steps() {}

  static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  /** The ETag of a resource as anyone reads it: what a change of it sends as If-Match. */
  static String etag(String path) {
    return given().get(path).then().statusCode(200).extract().header("ETag");
  }

  /** Registers a member (inactive) and records an eligible assessment: it becomes active. */
  static String activeMember() {
    String admin = TestTokens.admin();
    String code = TestMembers.freshCode('V');
    as(admin).body("{\"code\":\"" + code + "\",\"name\":\"Storyland " + code + "\","
            + "\"kind\":\"national\",\"region\":\"Europe\"}")
        .post("/api/v1/countries").then().statusCode(201).body("status", equalTo("inactive"));
    as(admin).body("{\"scores\":{\"fiscal_transparency\":4,\"access_to_information\":4,"
            + "\"asset_disclosure\":3,\"citizen_engagement\":4},\"valuesCheckPassed\":true}")
        .put("/api/v1/countries/" + code + "/eligibility/2025").then().statusCode(201)
        .body("result", equalTo("eligible"));
    given().get("/api/v1/countries/" + code).then().body("status", equalTo("active"));
    return code;
  }

  /**
   * A new plan of the member, once commitments-service has learnt from countries-service's
   * events that the member is active.
   */
  static String newPlan(String government, String member, String start, String end) {
    String[] created = new String[1];
    String key = "plan-" + member + "-" + start + "-" + end;
    await().atMost(EVENTUAL).until(() -> {
      var r = as(government).header("Idempotency-Key", key)
          .body("{\"memberCode\":\"" + member + "\",\"periodStart\":\"" + start + "\","
              + "\"periodEnd\":\"" + end + "\"}").post("/api/v1/action-plans");
      created[0] = r.statusCode() == 201 ? r.path("id") : null;
      return created[0] != null;
    });
    return created[0];
  }

  /** A commitment of the plan, with the grand challenge and value given. */
  static String newCommitment(String government, String plan, String title, String challenge,
      String value) {
    return as(government).body("{\"title\":\"" + title + "\",\"grandChallenges\":[\"" + challenge
            + "\"],\"ogpValues\":[\"" + value + "\"]}")
        .post("/api/v1/action-plans/" + plan + "/commitments").then().statusCode(201)
        .extract().path("id");
  }

  static String newMilestone(String government, String commitment, String description) {
    return as(government).body("{\"description\":\"" + description + "\","
            + "\"dueDate\":\"2026-06-30\"}")
        .post("/api/v1/commitments/" + commitment + "/milestones").then().statusCode(201)
        .extract().path("id");
  }

  /** A reviewer's IRM action-plan review of the plan, not yet published; returns its id. */
  static String newReview(String reviewer, String plan, String summary) {
    return as(reviewer).body("{\"planId\":\"" + plan + "\","
            + "\"kind\":\"irm_action_plan_review\",\"summary\":\"" + summary + "\"}")
        .post("/api/v1/reports").then().statusCode(201).extract().path("id");
  }

  /** Waits until reports-service knows the plan and its commitment (from events). */
  static void awaitAtReports(String plan, String commitment) {
    String timeline = "/api/v1/plan-tracking/" + plan + "/timeline?limit=200";
    await().atMost(EVENTUAL).until(() -> given().get(timeline).statusCode() == 200
        && given().get(timeline).<List<String>>path("items.subject").contains(commitment));
  }

  /**
   * An IRM review of the plan with these indicators (a JSON object of them) for the commitment,
   * written by a reviewer, approved by another and published; returns its id.
   */
  static String publishedReview(String plan, String summary, String commitment,
      String indicators) {
    String reviewer = TestTokens.reviewer();
    String report = newReview(reviewer, plan, summary);
    assess(reviewer, report, commitment, indicators);
    TestReviews.approve(report);
    as(reviewer).post("/api/v1/reports/" + report + "/publish").then().statusCode(200);
    return report;
  }

  /** The review's IRM indicators for one commitment (a JSON object of them). */
  static void assess(String reviewer, String report, String commitment, String indicators) {
    as(reviewer).body(indicators).put("/api/v1/reports/" + report + "/assessments/" + commitment)
        .then().statusCode(201);
  }

  /** The notes of every progress update stored for the milestone, all pages. */
  static List<String> progressNotes(String milestone) {
    List<String> notes = new ArrayList<>();
    String next = "/api/v1/milestones/" + milestone + "/progress?limit=200";
    while (next != null) {
      var page = given().get(next).then().statusCode(200).extract();
      notes.addAll(page.<List<String>>path("items.note"));
      next = page.path("next");
    }
    return notes;
  }

  /** Event ids of the progress reports in the plan's timeline at reports-service. */
  static List<String> progressEvents(String plan) {
    List<String> ids = new ArrayList<>();
    String next = "/api/v1/plan-tracking/" + plan + "/timeline?limit=200";
    while (next != null) {
      var page = given().get(next).then().statusCode(200).extract();
      List<String> types = page.path("items.type");
      List<String> eventIds = page.path("items.eventId");
      for (int i = 0; i < types.size(); i++) {
        if (types.get(i).equals("ogp.milestone.progress-reported.v1")) {
          ids.add(eventIds.get(i));
        }
      }
      next = page.path("next");
    }
    return ids;
  }
}

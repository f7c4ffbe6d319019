package org.ogptracker.reports.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.ogptracker.platform.testing.EventPublisher;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/** Plans of fresh members, made the way production makes them: commitments-service's events. */
final class TestPlans {
  static final String TOPIC = "ogp.commitments.v1";

  private TestPlans() {}

  /** A plan as sent: its id, member and commitment ids. */
  record Plan(String id, String member, int number, List<String> commitments) {}

  /** A member code (Y and three letters) no test of this run has used. */
  static String freshMember() {
    return TestMembers.freshLocalCode('Y');
  }

  /**
   * Sends a submitted plan (submitted on {@code submittedOn}, ending {@code end}) with
   * {@code commitments} commitments, and waits until reports-service has applied them.
   */
  static Plan send(String member, int number, String submittedOn, String end, int commitments) {
    String planId = "AP_" + member + "0" + number;
    List<String> ids = new ArrayList<>();
    try (EventPublisher events = new EventPublisher()) {
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.submitted.v1", """
          {"planId":"%s","memberCode":"%s","number":%d,"periodStart":"2019","periodEnd":"%s",
           "submittedOn":"%s","status":"submitted"}"""
          .formatted(planId, member, number, end, submittedOn));
      for (int i = 1; i <= commitments; i++) {
        String id = member + number + "00" + i;
        ids.add(id);
        events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.commitment.registered.v1", """
            {"commitmentId":"%s","planId":"%s","memberCode":"%s","title":"Commitment %d"}"""
            .formatted(id, planId, member, i));
      }
    }
    awaitTimeline(planId, 1 + commitments);
    return new Plan(planId, member, number, ids);
  }

  /** Sends a progress update of milestone 1 of {@code commitment}. */
  static void progress(Plan plan, String commitment, String status, int percent) {
    try (EventPublisher events = new EventPublisher()) {
      events.send(TOPIC, plan.id(), commitment + ".1", UUID.randomUUID().toString(),
          "ogp.milestone.progress-reported.v1", """
          {"milestoneId":"%s.1","commitmentId":"%s","planId":"%s","memberCode":"%s",
           "status":"%s","percentComplete":%d,"updateId":1}"""
          .formatted(commitment, commitment, plan.id(), plan.member(), status, percent));
    }
  }

  static void awaitTimeline(String planId, int entries) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
      var r = given().get("/api/v1/plan-tracking/" + planId + "/timeline");
      return r.statusCode() == 200 && r.<List<?>>path("items").size() >= entries;
    });
  }

  static RequestSpecification as(String token) {
    return given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON);
  }

  static RequestSpecification reviewer() {
    return as(TestTokens.reviewer());
  }

  static RequestSpecification government(String member) {
    return as(TestTokens.government(member));
  }

  /** Creates a draft of {@code kind} on the plan and returns its id. */
  static String draft(RequestSpecification author, String planId, String kind) {
    return author.body("{\"planId\":\"" + planId + "\",\"kind\":\"" + kind + "\"}")
        .post("/api/v1/reports").then().statusCode(201).extract().path("id");
  }
}

package org.ogptracker.reports.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.DeadLetterTopic;
import org.ogptracker.platform.testing.EventPublisher;

/** Plan tracking built from commitments-service's events, sent through real Kafka. */
@QuarkusTest
class PlanTrackingTest {
  static final String TOPIC = "ogp.commitments.v1";

  static String freshPlan() {
    return "AP_" + TestPlans.freshMember() + "0" + ThreadLocalRandom.current().nextInt(1, 10);
  }

  static String plan(String planId, String type, String status, String submittedOn, String end) {
    String member = planId.substring(3, 7);
    return """
        {"planId":"%s","memberCode":"%s","number":1,"periodStart":"2019","periodEnd":"%s",
         "submittedOn":%s,"status":"%s"}""".formatted(planId, member, end,
        submittedOn == null ? "null" : "\"" + submittedOn + "\"", status);
  }

  static void awaitTimeline(String planId, int entries) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
        given().get("/api/v1/plan-tracking/" + planId + "/timeline").statusCode() == 200
            && given().get("/api/v1/plan-tracking/" + planId + "/timeline").<java.util.List<?>>path("items").size() >= entries);
  }

  @Test
  void a_plans_events_make_its_timeline_and_deadlines() {
    String planId = freshPlan();
    String commitment = planId.substring(3, 7) + "0001";
    try (EventPublisher events = new EventPublisher()) {
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.created.v1",
          plan(planId, "created", "draft", null, "2020"));
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.submitted.v1",
          plan(planId, "submitted", "submitted", "2019-01-15", "2020"));
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.commitment.registered.v1", """
          {"commitmentId":"%s","planId":"%s","memberCode":"%s","title":"Open data"}"""
          .formatted(commitment, planId, planId.substring(3, 7)));
      events.send(TOPIC, planId, commitment + ".1", UUID.randomUUID().toString(),
          "ogp.milestone.progress-reported.v1", """
          {"milestoneId":"%s.1","commitmentId":"%s","planId":"%s","memberCode":"%s",
           "status":"in_progress","percentComplete":40,"updateId":1}"""
          .formatted(commitment, commitment, planId, planId.substring(3, 7)));
    }
    awaitTimeline(planId, 4);
    given().get("/api/v1/plan-tracking/" + planId).then().statusCode(200)
        .body("status", equalTo("submitted")).body("submittedOn", equalTo("2019-01-15"))
        .body("deadlines.kind", contains("irm_review", "end_of_term_self_assessment",
            "irm_results_report"))
        .body("deadlines.dueOn", contains("2019-05-15", "2021-04-30", "2021-04-30"))
        .body("deadlines.state", contains("missed", "missed", "missed"))
        .body("timeline.items.type", contains("ogp.action-plan.created.v1",
            "ogp.action-plan.submitted.v1", "ogp.commitment.registered.v1",
            "ogp.milestone.progress-reported.v1"))
        .body("timeline.items[3].subject", equalTo(commitment + ".1"));
  }

  @Test
  void a_current_plan_has_its_deadlines_due_and_a_withdrawn_one_none() {
    String planId = freshPlan();
    try (EventPublisher events = new EventPublisher()) {
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.created.v1",
          plan(planId, "created", "draft", null, "2099"));
    }
    awaitTimeline(planId, 1);
    given().get("/api/v1/plan-tracking/" + planId).then()
        .body("deadlines", hasSize(2)).body("deadlines.state", contains("due", "due"));
    try (EventPublisher events = new EventPublisher()) {
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.status-changed.v1",
          plan(planId, "withdrawn", "withdrawn", null, "2099"));
    }
    awaitTimeline(planId, 2);
    given().get("/api/v1/plan-tracking/" + planId).then().body("deadlines", hasSize(0));
  }

  @Test
  void a_redelivered_event_is_on_the_timeline_once_and_poison_does_not_stop_the_rest() {
    String planId = freshPlan();
    String created = UUID.randomUUID().toString();
    try (EventPublisher events = new EventPublisher();
         DeadLetterTopic dlq = new DeadLetterTopic(TOPIC + ".dlq")) {
      events.send(TOPIC, planId, created, "ogp.action-plan.created.v1",
          plan(planId, "created", "draft", null, "2026"));
      events.sendRaw(TOPIC, planId, "{broken".getBytes(StandardCharsets.UTF_8));
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.updated.v1",
          "{\"planId\":\"" + planId + "\"}"); // lacks the plan's fields: poison
      events.send(TOPIC, planId, created, "ogp.action-plan.created.v1",
          plan(planId, "created", "draft", null, "2026"));
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.submitted.v1",
          plan(planId, "submitted", "submitted", "2026-01-10", "2026"));
      // Both bad records, and only they, are dead letters, each with its reason.
      var dead = dlq.await(planId, 2);
      assertEquals(2, dead.size());
      assertEquals("{broken", new String(dead.get(0).value(), StandardCharsets.UTF_8));
      dead.forEach(d -> assertNotNull(d.headers().lastHeader("dead-letter-reason")));
    }
    awaitTimeline(planId, 2);
    given().get("/api/v1/plan-tracking/" + planId + "/timeline").then()
        .body("items.type", contains("ogp.action-plan.created.v1", "ogp.action-plan.submitted.v1"));
  }

  @Test
  void unknown_and_malformed_plans_are_problems() {
    given().get("/api/v1/plan-tracking/AP_AAZZ01").then().statusCode(404)
        .contentType("application/problem+json");
    given().get("/api/v1/plan-tracking/not-a-plan").then().statusCode(400);
    // Ready means the database answers; Kafka is no part of it (writes wait in the outbox, a
    // consumer waits out an outage): the relay and the consumers show under wellness instead.
    given().get("/q/health/ready").then().statusCode(200)
        .body("checks.name", hasItems("Database connections health check"))
        .body("checks.name", not(hasItems("Kafka connection health check")));
    given().get("/q/health/well").then().statusCode(200)
        .body("checks.name", hasItems("outbox relay", "event consumers"));
  }
}

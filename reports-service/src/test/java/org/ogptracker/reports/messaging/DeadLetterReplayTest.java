package org.ogptracker.reports.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.EventPublisher;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTopics;
import org.ogptracker.reports.domain.MilestoneReplica;

/**
 * Dead letters replayed with the operators' tool ({@code deploy/local/kafka replay-dead-letters})
 * after newer events of the same plan: they reach the timeline, and no copy moves back.
 */
@QuarkusTest
class DeadLetterReplayTest {
  private static final String TOPIC = "ogp.commitments.v1";
  private static final Path KAFKA = Path.of("../deploy/local/kafka").toAbsolutePath().normalize();

  @Inject
  EntityManager em;

  static String plan(String planId, String member, String status, String submittedOn,
      long version) {
    return """
        {"planId":"%s","memberCode":"%s","number":1,"periodStart":"2024","periodEnd":"2026",
         "submittedOn":%s,"status":"%s","previousStatus":null,"version":%d}""".formatted(planId,
        member, submittedOn == null ? "null" : "\"" + submittedOn + "\"", status, version);
  }

  static String progress(String milestone, String commitment, String planId, String member,
      int percent, long version) {
    return """
        {"updateId":%d,"milestoneId":"%s","commitmentId":"%s","planId":"%s","memberCode":"%s",
         "status":"in_progress","percentComplete":%d,"note":null,"evidenceUrls":[],
         "author":"gov","reportedAt":"2026-01-0%dT10:00:00Z","milestoneVersion":%d}"""
        .formatted(version, milestone, commitment, planId, member, percent, version, version);
  }

  @Test
  void older_dead_letters_replayed_after_newer_events_move_no_copy_back() throws Exception {
    String member = TestMembers.freshLocalCode('Y');
    String planId = "AP_" + member + "01";
    String commitment = member + "1001";
    String milestone = commitment + ".1";
    String submitted = UUID.randomUUID().toString();
    String firstProgress = UUID.randomUUID().toString();
    try (EventPublisher events = new EventPublisher()) {
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.action-plan.created.v1",
          plan(planId, member, "draft", null, 0));
      // Version 1 of the plan could not be applied then: a dead letter.
      events.sendDeadLetter(TOPIC, planId, planId, submitted, "ogp.action-plan.submitted.v1",
          plan(planId, member, "submitted", "2024-02-01", 1), "a consumer bug, since fixed");
      events.send(TOPIC, planId, UUID.randomUUID().toString(),
          "ogp.action-plan.status-changed.v1",
          plan(planId, member, "in_implementation", "2024-02-01", 2));
      events.send(TOPIC, planId, UUID.randomUUID().toString(), "ogp.commitment.registered.v1", """
          {"commitmentId":"%s","planId":"%s","memberCode":"%s","title":"Open budgets",
           "version":0}""".formatted(commitment, planId, member));
      events.send(TOPIC, planId, milestone, UUID.randomUUID().toString(),
          "ogp.milestone.added.v1", """
          {"milestoneId":"%s","commitmentId":"%s","planId":"%s","memberCode":"%s",
           "description":"Publish the budget","dueDate":"2026-06-30","status":"not_started",
           "percentComplete":0,"version":0}""".formatted(milestone, commitment, planId, member));
      events.sendDeadLetter(TOPIC, planId, milestone, firstProgress,
          "ogp.milestone.progress-reported.v1",
          progress(milestone, commitment, planId, member, 30, 1), "a consumer bug, since fixed");
      for (int v = 2; v <= 3; v++) {
        events.send(TOPIC, planId, milestone, UUID.randomUUID().toString(),
            "ogp.milestone.progress-reported.v1",
            progress(milestone, commitment, planId, member, 30 * v, v));
      }
    }
    awaitTimeline(planId, 6);
    assertEquals(List.of("in_implementation", "90"), state(planId, milestone));

    replay(TestTopics.of(TOPIC) + ".dlq", planId);

    awaitTimeline(planId, 8);
    List<String> timeline = given().get("/api/v1/plan-tracking/" + planId + "/timeline?limit=50")
        .path("items.eventId");
    assertEquals(true, timeline.containsAll(List.of(submitted, firstProgress)),
        "the replayed events are on the timeline: " + timeline);
    assertEquals(List.of("in_implementation", "90"), state(planId, milestone),
        "a replayed older event moved a copy back");
    assertEquals(3L, QuarkusTransaction.requiringNew().call(() ->
        em.find(MilestoneReplica.class, milestone).version));
  }

  private List<String> state(String planId, String milestone) {
    String status = given().get("/api/v1/plan-tracking/" + planId).path("status");
    int percent = QuarkusTransaction.requiringNew().call(() ->
        em.find(MilestoneReplica.class, milestone).percentComplete);
    return List.of(status, Integer.toString(percent));
  }

  private static void awaitTimeline(String planId, int entries) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
      var r = given().get("/api/v1/plan-tracking/" + planId + "/timeline?limit=50");
      return r.statusCode() == 200 && r.<List<?>>path("items").size() >= entries;
    });
  }

  private static void replay(String deadLetterTopic, String key) throws Exception {
    ProcessBuilder b = new ProcessBuilder(KAFKA.toString(), "replay-dead-letters",
        deadLetterTopic, key).inheritIO();
    b.environment().put("OGP_KAFKA",
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    Process p = b.start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("deploy/local/kafka replay-dead-letters failed");
    }
  }
}

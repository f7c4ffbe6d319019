package org.ogptracker.countries.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogptracker.countries.api.Api;
import org.ogptracker.platform.testing.EventPublisher;

/**
 * Missed deadlines from reports-service (real Kafka): two consecutive cycles contrary to
 * process put an active member under review, once, with the reason in its history.
 */
@QuarkusTest
class ProceduralReviewTest {
  static final String TOPIC = "ogp.reports.v1";

  static String missed(String member, int cycle, boolean contrary) {
    String planId = "AP_" + member + "0" + cycle;
    return """
        {"planId":"%s","memberCode":"%s","cycle":%d,"deadline":"%s","dueOn":"202%d-04-30",
         "responsible":"%s","contraryToProcess":%s}""".formatted(planId, member, cycle,
        contrary ? "end_of_term_self_assessment" : "irm_results_report", cycle,
        contrary ? "government" : "irm", contrary);
  }

  static void send(EventPublisher events, String member, String id, String data) {
    events.send(TOPIC, member, "x", id, "ogp.process.deadline-missed.v1", data);
  }

  @Inject
  EntityManager em;

  /** Whether the consumer has applied (or skipped) the event with this id. */
  boolean seen(String eventId) {
    return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
            "select count(*) from inbox_event where consumer = 'countries.reports' "
                + "and event_id = ?1").setParameter(1, eventId).getSingleResult()).intValue() == 1);
  }

  static List<String> statuses(String member) {
    return given().get("/api/v1/countries/" + member + "/status-history").path("items.to");
  }

  @Test
  void two_consecutive_cycles_contrary_to_process_put_a_member_under_review() {
    String member = Api.registered("Europe", "active");
    String second = UUID.randomUUID().toString();
    try (EventPublisher events = new EventPublisher()) {
      send(events, member, UUID.randomUUID().toString(), missed(member, 1, true));
      send(events, member, UUID.randomUUID().toString(), missed(member, 3, true));
      send(events, member, UUID.randomUUID().toString(), missed(member, 2, false)); // the IRM's
      send(events, member, "marker-" + member, missed(member, 4, false)); // the IRM's too
    }
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
        given().get("/api/v1/countries/" + member).path("status").equals("active")
            && seen("marker-" + member));
    assertEquals(List.of("active"), statuses(member));
    try (EventPublisher events = new EventPublisher()) {
      send(events, member, second, missed(member, 2, true));
      send(events, member, second, missed(member, 2, true)); // redelivered
    }
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
        given().get("/api/v1/countries/" + member).path("status").equals("under_review"));
    given().get("/api/v1/countries/" + member + "/status-history").then()
        .body("items[0].to", equalTo("under_review"))
        .body("items[0].changedBy", equalTo("reports-service"))
        .body("items[0].reason", containsString("two consecutive cycles"))
        .body("items[0].reason", containsString("AP_" + member + "01 missed "
            + "end_of_term_self_assessment due 2021-04-30"));
    assertEquals(List.of("under_review", "active"), statuses(member));
  }

  @Test
  void a_miss_replayed_after_an_administrator_restored_the_member_changes_nothing() {
    String member = Api.registered("Europe", "active");
    try (EventPublisher events = new EventPublisher()) {
      send(events, member, UUID.randomUUID().toString(), missed(member, 1, true));
      send(events, member, UUID.randomUUID().toString(), missed(member, 2, true));
    }
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
        given().get("/api/v1/countries/" + member).path("status").equals("under_review"));
    String etag = given().get("/api/v1/countries/" + member).header("ETag");
    Api.asAdmin().header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body("{\"status\":\"active\",\"statusReason\":\"Reports filed late, accepted\"}")
        .patch("/api/v1/countries/" + member).then().statusCode(200);
    try (EventPublisher events = new EventPublisher()) {
      // The second miss again, as a dead letter replayed or an offset reset brings it: under an
      // id the inbox has not seen.
      send(events, member, "replay-" + member, missed(member, 2, true));
    }
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> seen("replay-" + member));
    assertEquals(List.of("active", "under_review", "active"), statuses(member));
  }

  @Test
  void only_an_active_member_is_put_under_review() {
    String member = Api.registered("Europe", "inactive");
    try (EventPublisher events = new EventPublisher()) {
      send(events, member, UUID.randomUUID().toString(), missed(member, 1, true));
      send(events, member, "last-" + member, missed(member, 2, true));
    }
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> seen("last-" + member));
    given().get("/api/v1/countries/" + member).then().body("status", equalTo("inactive"));
  }
}

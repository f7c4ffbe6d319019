package org.ogptracker.commitments.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.commitments.api.Fixtures.COUNTRIES;
import static org.ogptracker.commitments.api.Fixtures.asGovernment;
import static org.ogptracker.commitments.api.Fixtures.freshMember;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.ogptracker.commitments.api.Fixtures;
import org.ogptracker.platform.testing.DeadLetterTopic;
import org.ogptracker.platform.testing.EventPublisher;

/** The member replica, fed by countries-service's events through real Kafka. */
@QuarkusTest
class MemberEventsTest {
  @Inject
  EntityManager em;

  static String body(String code, String status) {
    return body(code, status, 0);
  }

  /** A registered or updated event's data: the member as it is at {@code version}. */
  static String body(String code, String status, long version) {
    return "{\"code\":\"" + code + "\",\"name\":\"Z\",\"kind\":\"local\",\"status\":\"" + status
        + "\",\"version\":" + version + "}";
  }

  /** A status-changed event's data: the member moved to {@code to}, now at {@code version}. */
  static String statusChange(String code, String from, String to, long version) {
    return "{\"code\":\"" + code + "\",\"from\":\"" + from + "\",\"to\":\"" + to
        + "\",\"reason\":\"test\",\"changedAt\":\"2026-01-01T00:00:00Z\",\"version\":" + version
        + "}";
  }

  /**
   * Sends, on {@code member}'s partition, the registration of a new member and waits until it is
   * applied: everything sent before it on that partition has been consumed then.
   */
  static void drain(EntityManager em, EventPublisher events, String member) {
    String marker = freshMember();
    events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.registered.v1",
        body(marker, "withdrawn"));
    Fixtures.awaitStatus(em, marker, "withdrawn");
  }

  @Test
  void only_an_active_member_gets_a_new_plan() {
    String member = Fixtures.member(em, freshMember(), "inactive");
    String plan = "{\"memberCode\":\"" + member + "\",\"periodStart\":\"2024\",\"periodEnd\":\"2026\"}";
    asGovernment(member).body(plan).post("/api/v1/action-plans").then().statusCode(409)
        .contentType("application/problem+json");
    try (EventPublisher events = new EventPublisher()) {
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          statusChange(member, "inactive", "active", 1));
    }
    Fixtures.awaitStatus(em, member, "active");
    asGovernment(member).body(plan).post("/api/v1/action-plans").then().statusCode(201);
    String unknown = freshMember();
    asGovernment(unknown).body(plan.replace(member, unknown)).post("/api/v1/action-plans").then()
        .statusCode(409);
  }

  @Test
  void a_redelivered_event_changes_nothing() {
    String member = freshMember();
    String activated = UUID.randomUUID().toString();
    try (EventPublisher events = new EventPublisher()) {
      events.send(COUNTRIES, member, activated, "ogp.country.registered.v1", body(member, "active"));
      Fixtures.awaitStatus(em, member, "active");
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          statusChange(member, "active", "under_review", 1));
      Fixtures.awaitStatus(em, member, "under_review");
      // The first event again, as after a consumer restart or an offset reset:
      events.send(COUNTRIES, member, activated, "ogp.country.registered.v1", body(member, "active"));
      drain(em, events, member);
    }
    assertEquals("under_review", Fixtures.statusOf(em, member));
  }

  @Test
  void older_events_replayed_after_newer_ones_never_move_the_member_back() {
    String member = freshMember();
    try (EventPublisher events = new EventPublisher()) {
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.registered.v1",
          body(member, "eligible", 0));
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          statusChange(member, "eligible", "active", 1));
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          statusChange(member, "active", "under_review", 2));
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.updated.v1",
          body(member, "under_review", 2));
      Fixtures.awaitStatus(em, member, "under_review");
      // A dead letter replayed, or a reset offset, brings older versions again, under ids the
      // inbox has not seen (they were never applied):
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          statusChange(member, "eligible", "active", 1));
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.updated.v1",
          body(member, "active", 1));
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.registered.v1",
          body(member, "eligible", 0));
      drain(em, events, member);
      assertEquals("under_review", Fixtures.statusOf(em, member));
      // ... and a newer one still moves it on.
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          statusChange(member, "under_review", "active", 3));
      Fixtures.awaitStatus(em, member, "active");
    }
  }

  @Test
  void an_event_countries_service_did_not_publish_is_a_dead_letter_and_changes_nothing() {
    String member = Fixtures.member(em, freshMember(), "active");
    try (DeadLetterTopic dlq = new DeadLetterTopic(COUNTRIES + ".dlq");
         EventPublisher events = new EventPublisher()) {
      events.sendAs("/reports-service", COUNTRIES, member, member, UUID.randomUUID().toString(),
          "ogp.country.status-changed.v1", statusChange(member, "active", "withdrawn", 7));
      events.send(COUNTRIES, member, UUID.randomUUID().toString(),
          "ogp.milestone.progress-reported.v1", statusChange(member, "active", "withdrawn", 8));
      drain(em, events, member);
      List<ConsumerRecord<String, byte[]>> dead = dlq.await(member, 2);
      assertTrue(header(dead.get(0), "dead-letter-reason").contains("comes from /reports-service"),
          header(dead.get(0), "dead-letter-reason"));
      assertTrue(header(dead.get(1), "dead-letter-reason").contains("not a type"),
          header(dead.get(1), "dead-letter-reason"));
    }
    assertEquals("active", Fixtures.statusOf(em, member));
  }

  private static String header(ConsumerRecord<String, byte[]> r, String name) {
    return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  @Test
  void a_malformed_event_goes_to_the_dead_letter_topic_and_consumption_continues() {
    String member = freshMember();
    String poisonKey = "poison-" + UUID.randomUUID();
    try (DeadLetterTopic dlq = new DeadLetterTopic(COUNTRIES + ".dlq");
         EventPublisher events = new EventPublisher()) {
      events.sendRaw(COUNTRIES, poisonKey, "not json at all".getBytes(StandardCharsets.UTF_8));
      events.send(COUNTRIES, poisonKey, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          "{\"code\":\"'; drop table member_replica; --\",\"to\":\"active\",\"version\":1}");
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.registered.v1",
          body(member, "active"));
      Fixtures.awaitStatus(em, member, "active");
      List<ConsumerRecord<String, byte[]>> dead = dlq.await(poisonKey, 2);
      assertTrue(new String(dead.get(0).value(), StandardCharsets.UTF_8).contains("not json"));
      assertTrue(dead.get(0).headers().lastHeader("dead-letter-reason") != null);
    }
  }
}

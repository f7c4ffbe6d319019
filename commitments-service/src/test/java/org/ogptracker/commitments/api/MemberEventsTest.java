package org.ogptracker.commitments.api;

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
import org.ogptracker.platform.testing.DeadLetterTopic;
import org.ogptracker.platform.testing.EventPublisher;

/** The member replica, fed by countries-service's events through real Kafka. */
@QuarkusTest
class MemberEventsTest {
  @Inject
  EntityManager em;

  static String body(String code, String status) {
    return "{\"code\":\"" + code + "\",\"name\":\"Z\",\"kind\":\"local\",\"status\":\"" + status
        + "\",\"version\":0}";
  }

  @Test
  void only_an_active_member_gets_a_new_plan() {
    String member = Fixtures.member(em, freshMember(), "inactive");
    String plan = "{\"memberCode\":\"" + member + "\",\"periodStart\":\"2024\",\"periodEnd\":\"2026\"}";
    asGovernment(member).body(plan).post("/api/v1/action-plans").then().statusCode(409)
        .contentType("application/problem+json");
    try (EventPublisher events = new EventPublisher()) {
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          "{\"code\":\"" + member + "\",\"from\":\"inactive\",\"to\":\"active\",\"reason\":\"joined\"}");
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
          "{\"code\":\"" + member + "\",\"from\":\"active\",\"to\":\"under_review\"}");
      Fixtures.awaitStatus(em, member, "under_review");
      // The first event again, as after a consumer restart or an offset reset:
      events.send(COUNTRIES, member, activated, "ogp.country.registered.v1", body(member, "active"));
      String marker = freshMember();
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.registered.v1",
          body(marker, "withdrawn"));
      Fixtures.awaitStatus(em, marker, "withdrawn"); // everything before it was consumed
    }
    assertEquals("under_review", Fixtures.statusOf(em, member));
  }

  @Test
  void a_malformed_event_goes_to_the_dead_letter_topic_and_consumption_continues() {
    String member = freshMember();
    String poisonKey = "poison-" + UUID.randomUUID();
    try (DeadLetterTopic dlq = new DeadLetterTopic(COUNTRIES + ".dlq");
         EventPublisher events = new EventPublisher()) {
      events.sendRaw(COUNTRIES, poisonKey, "not json at all".getBytes(StandardCharsets.UTF_8));
      events.send(COUNTRIES, poisonKey, UUID.randomUUID().toString(), "ogp.country.status-changed.v1",
          "{\"code\":\"'; drop table member_replica; --\",\"to\":\"active\"}");
      events.send(COUNTRIES, member, UUID.randomUUID().toString(), "ogp.country.registered.v1",
          body(member, "active"));
      Fixtures.awaitStatus(em, member, "active");
      List<ConsumerRecord<String, byte[]>> dead = dlq.await(poisonKey, 2);
      assertTrue(new String(dead.get(0).value(), StandardCharsets.UTF_8).contains("not json"));
      assertTrue(dead.get(0).headers().lastHeader("dead-letter-reason") != null);
    }
  }
}

package org.ogptracker.commitments.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.commitments.api.Fixtures.activeMember;
import static org.ogptracker.commitments.api.Fixtures.plan;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.outbox.OutboxConfig;
import org.ogptracker.platform.outbox.OutboxNotifications;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.ServiceDatabase;

/**
 * Events committed by another instance of the service reach Kafka without waiting for the
 * relay's poll: the writing transaction notifies every instance (LISTEN/NOTIFY). The test
 * profile polls every 30 s, so only the notification can publish within seconds. "Another
 * instance" is a plain JDBC connection writing the outbox as one would.
 */
@QuarkusTest
class OutboxNotifyTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(5);

  @Inject
  EntityManager em;

  @Inject
  OutboxConfig outbox;

  @Test
  void an_event_another_instance_commits_is_published_at_once_and_one_without_notify_waits() throws Exception {
    assertTrue(outbox.pollInterval().compareTo(PROMPTLY.multipliedBy(4)) > 0,
        "the test profile must poll rarely, else this test proves nothing: " + outbox.pollInterval());
    String member = activeMember(em);
    try (PublishedEvents events = PublishedEvents.from(CommitmentEvents.TOPIC)) {
      String planId = plan(member);
      events.await(e -> planId.equals(e.key()) && e.type().equals("ogp.action-plan.created.v1"));

      String silent = UUID.randomUUID().toString();
      copyOfPlanCreated(planId, silent, false);
      assertTrue(events.all(Duration.ofSeconds(2)).stream().noneMatch(e -> e.id().equals(silent)),
          "an event nobody was told of was published before the poll");

      String notified = UUID.randomUUID().toString();
      long start = System.nanoTime();
      copyOfPlanCreated(planId, notified, true);
      events.await(e -> e.id().equals(notified));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertTrue(took.compareTo(PROMPTLY) < 0, "published after " + took);
      // The relay woke for the notified event and took the backlog with it, in commit order.
      events.await(e -> e.id().equals(silent));
    }
  }

  /** Writes a copy of the plan's created event with a new id, as another instance would. */
  private static void copyOfPlanCreated(String planId, String id, boolean notify) throws SQLException {
    try (Connection c = ServiceDatabase.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("""
          insert into outbox_event (id, topic, record_key, type, subject, occurred_at, data)
          select cast(? as uuid), topic, record_key, type, subject, now(), data from outbox_event
          where record_key = ? and type = 'ogp.action-plan.created.v1' order by seq limit 1""")) {
        s.setString(1, id);
        s.setString(2, planId);
        assertTrue(s.executeUpdate() == 1, "no created event of " + planId + " to copy");
      }
      if (notify) {
        try (PreparedStatement s = c.prepareStatement(
            "select pg_notify('" + OutboxNotifications.CHANNEL + "', '')")) {
          s.execute();
        }
      }
      c.commit();
    }
  }
}

package org.ogptracker.notifications.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.notifications.SuiteEvents;
import org.ogptracker.platform.testing.EventStream;

/**
 * The feed as Server-Sent Events: what is there, then what comes, each event's id its cursor;
 * a reconnect with Last-Event-ID goes on after it; a quiet stream says it is alive.
 */
@QuarkusTest
class ChangeStreamTest {
  @TestHTTPResource("/api/v1/changes/stream")
  URI stream;

  @Test
  void streams_what_is_there_then_what_comes_and_resumes_after_last_event_id()
      throws Exception {
    try (SuiteEvents events = new SuiteEvents()) {
      String registered = events.memberRegistered();
      events.awaitChanges(1);
      URI mine = URI.create(stream + "?member=" + events.member);
      String firstId;
      try (EventStream lines = EventStream.open(mine, null)) {
        assertEquals(200, lines.response().statusCode());
        assertTrue(lines.response().headers().firstValue("Content-Type").orElse("")
            .startsWith("text/event-stream"));
        assertEquals("no-cache", lines.response().headers().firstValue("Cache-Control")
            .orElse(""));
        EventStream.Event first = lines.events(1, 60).get(0);
        assertTrue(first.data().contains("\"id\":\"" + registered + "\""), first.data());
        firstId = first.id();
        // An event is its id and its JSON, nothing else on the wire.
        assertEquals(List.of("id", "data"), first.fields());
        assertTrue(first.data().contains("\"cursor\":\"" + firstId + "\""), first.data());

        String created = events.plan("ogp.action-plan.created.v1", "draft", 0);
        EventStream.Event live = lines.events(1, 60).get(0);
        assertTrue(live.data().contains("\"id\":\"" + created + "\""), live.data());
        assertTrue(lines.comment(5), "no keep-alive while the feed is quiet");
      }
      // Reconnecting after the first event gives the second first.
      try (EventStream again = EventStream.open(mine, firstId)) {
        EventStream.Event next = again.events(1, 60).get(0);
        assertTrue(next.data().contains("ogp.action-plan.created.v1"), next.data());
      }
    }
  }
}

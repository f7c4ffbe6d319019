package org.ogptracker.notifications.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogptracker.notifications.SuiteEvents;
import org.ogptracker.notifications.feed.FeedQuery;

/**
 * The change feed over real Kafka: what the three services publish, in one order, as CloudEvents,
 * resumable from any cursor it gave out.
 */
@QuarkusTest
class ChangeFeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void the_three_services_changes_are_cloud_events_in_one_order() throws Exception {
    try (SuiteEvents events = new SuiteEvents()) {
      String registered = events.memberRegistered();
      String created = events.plan("ogp.action-plan.created.v1", "draft", 0);
      String published = events.reportPublished();
      List<Map<String, Object>> changes = events.awaitChanges(3);
      assertEquals(3, changes.size());
      assertEquals(Set.of(registered, created, published),
          Set.copyOf(changes.stream().map(c -> c.get("id")).toList()));

      Map<String, Object> plan = changes.stream().filter(c -> c.get("id").equals(created))
          .findFirst().orElseThrow();
      assertEquals("1.0", plan.get("specversion"));
      assertEquals("/commitments-service", plan.get("source"));
      assertEquals("ogp.action-plan.created.v1", plan.get("type"));
      assertEquals(events.plan, plan.get("subject"));
      assertEquals("application/json", plan.get("datacontenttype"));
      assertNotNull(Instant.parse((String) plan.get("time")));
      assertEquals(JSON.readTree(events.planData("draft", 0)), JSON.valueToTree(plan.get("data")));

      // One order: after each change's cursor come exactly the changes after it.
      for (int i = 0; i < changes.size(); i++) {
        List<Object> after = given().queryParam("member", events.member)
            .queryParam("after", changes.get(i).get("cursor"))
            .get("/api/v1/changes").then().statusCode(200).extract().path("items.id");
        assertEquals(changes.subList(i + 1, changes.size()).stream().map(c -> c.get("id"))
            .toList(), after);
      }
    }
  }

  @Test
  void a_reader_resumes_from_its_cursor_and_pages_through_by_next() {
    try (SuiteEvents events = new SuiteEvents()) {
      events.memberRegistered();
      events.plan("ogp.action-plan.created.v1", "draft", 0);
      events.awaitChanges(2);
      String cursor = given().queryParam("member", events.member).get("/api/v1/changes")
          .then().statusCode(200).extract().path("cursor");

      String later = events.plan("ogp.action-plan.submitted.v1", "submitted", 1);
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> given()
          .queryParam("member", events.member).queryParam("after", cursor)
          .get("/api/v1/changes").then().statusCode(200).extract().<List<?>>path("items")
          .size() == 1);
      given().queryParam("member", events.member).queryParam("after", cursor)
          .get("/api/v1/changes").then().statusCode(200)
          .body("items.id", equalTo(List.of(later)));

      // Pages of one, following next, hold the same three changes in the same order.
      List<Object> paged = new ArrayList<>();
      String next = "/api/v1/changes?member=" + events.member + "&limit=1";
      for (int page = 0; page < 10; page++) {
        var answer = given().get(next).then().statusCode(200).extract();
        List<Object> ids = answer.path("items.id");
        if (ids.isEmpty()) {
          break;
        }
        paged.addAll(ids);
        next = answer.path("next");
        assertEquals(answer.path("cursor"), FeedQueryCursor.of(next));
      }
      assertEquals(events.changes().stream().map(c -> c.get("id")).toList(), paged);
      assertEquals(3, paged.size());
    }
  }

  @Test
  void filters_by_type_and_plan() {
    try (SuiteEvents events = new SuiteEvents()) {
      events.memberRegistered();
      String created = events.plan("ogp.action-plan.created.v1", "draft", 0);
      String report = events.reportPublished();
      events.awaitChanges(3);
      given().queryParam("member", events.member)
          .queryParam("type", "ogp.report.published.v1,ogp.action-plan.created.v1")
          .get("/api/v1/changes").then().statusCode(200)
          .body("items.id", equalTo(events.changes().stream().map(c -> c.get("id"))
              .filter(id -> id.equals(created) || id.equals(report)).toList()));
      given().queryParam("plan", events.plan).queryParam("type", "ogp.report.published.v1")
          .get("/api/v1/changes").then().statusCode(200)
          .body("items.id", equalTo(List.of(report)));
    }
  }

  @Test
  void an_event_is_in_the_feed_once_however_often_it_is_delivered() {
    try (SuiteEvents events = new SuiteEvents()) {
      String id = UUID.randomUUID().toString();
      events.send(id, "ogp.action-plan.created.v1", events.planData("draft", 0));
      events.send(id, "ogp.action-plan.created.v1", events.planData("draft", 0));
      String marker = events.plan("ogp.action-plan.updated.v1", "draft", 1);
      List<Map<String, Object>> changes = events.awaitChanges(2);
      assertEquals(List.of(id, marker), changes.stream().map(c -> c.get("id")).toList());
    }
  }

  @Test
  void a_type_not_declared_public_stays_out_of_the_feed() {
    try (SuiteEvents events = new SuiteEvents()) {
      // A type commitments-service might add one day: its own, but nobody said it is public.
      events.send(UUID.randomUUID().toString(), "ogp.action-plan.reviewed-internally.v1",
          events.planData("draft", 0));
      String marker = events.plan("ogp.action-plan.created.v1", "draft", 0);
      List<Map<String, Object>> changes = events.awaitChanges(1);
      assertEquals(List.of(marker), changes.stream().map(c -> c.get("id")).toList());
    }
  }

  @Test
  void bad_filters_and_cursors_are_problems_naming_the_field() {
    given().queryParam("type", "ogp.nothing.v1").get("/api/v1/changes").then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("type"))
        .body("errors.message", hasItem(containsString("ogp.milestone.progress-reported.v1")));
    given().queryParam("member", "alb").get("/api/v1/changes").then().statusCode(400)
        .body("errors.field", hasItem("member"));
    given().queryParam("plan", "AL0050").get("/api/v1/changes").then().statusCode(400)
        .body("errors.field", hasItem("plan"));
    given().queryParam("after", "not-a-cursor").get("/api/v1/changes").then().statusCode(400)
        .body("errors.field", hasItem("after"));
    given().queryParam("limit", 0).get("/api/v1/changes").then().statusCode(400)
        .body("errors.field", hasItem("limit"));
  }

  @Test
  void a_cursor_ahead_of_the_feed_is_gone_with_a_way_back() {
    String ahead = FeedQuery.cursor(Long.MAX_VALUE / 2);
    given().queryParam("after", ahead).get("/api/v1/changes").then().statusCode(410)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:ogp-tracker:problem:cursor-unknown"))
        .body("detail", containsString("Read the lists again"));
  }

  /** The after parameter of a next link. */
  static final class FeedQueryCursor {
    static String of(String next) {
      return java.net.URLDecoder.decode(next.replaceFirst(".*[?&]after=([^&]*).*", "$1"),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}

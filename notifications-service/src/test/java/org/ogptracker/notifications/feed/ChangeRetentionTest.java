package org.ogptracker.notifications.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogptracker.notifications.SuiteEvents;
import org.ogptracker.platform.testing.ServiceDatabase;

/**
 * What retention deleted is never handed out as a feed with a gap: a cursor from before it is
 * 410 with the way back (read the lists again), as JSON and as a stream; one after it goes on.
 */
@QuarkusTest
class ChangeRetentionTest {
  @Inject
  ChangeRetention retention;

  @Test
  void a_cursor_older_than_what_is_kept_is_gone_and_a_newer_one_goes_on() throws Exception {
    String before = given().get("/api/v1/changes?limit=1").then().statusCode(200)
        .extract().path("cursor");
    try (SuiteEvents events = new SuiteEvents()) {
      events.memberRegistered();
      events.plan("ogp.action-plan.created.v1", "draft", 0);
      List<Map<String, Object>> changes = events.awaitChanges(2);
      String first = (String) changes.get(0).get("cursor");

      // Everything recorded until now is older than what the feed keeps.
      assertTrue(retention.forgetBefore(Instant.now().plusMillis(1)) >= 2);

      for (String old : List.of(before, first)) {
        given().queryParam("after", old).get("/api/v1/changes").then().statusCode(410)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:ogp-tracker:problem:cursor-expired"))
            .body("detail", containsString("at least 90 days"))
            .body("detail", containsString("Read the lists again"));
        given().header("Last-Event-ID", old).get("/api/v1/changes/stream").then()
            .statusCode(410).contentType("application/problem+json")
            .body("type", equalTo("urn:ogp-tracker:problem:cursor-expired"));
      }
      // A reader starting anew starts where the feed now starts, and goes on from there.
      String fresh = given().queryParam("member", events.member).get("/api/v1/changes").then()
          .statusCode(200).body("items", empty()).extract().path("cursor");
      String later = events.plan("ogp.action-plan.updated.v1", "draft", 1);
      events.awaitChanges(1);
      given().queryParam("after", fresh).queryParam("member", events.member)
          .get("/api/v1/changes").then().statusCode(200)
          .body("items.id", equalTo(List.of(later)));

      // Nor is a change kept ever rewritten, which would hand two readers two versions of it.
      ServiceDatabase.assertRefused("the change feed is append-only", events.member,
          "update change set data = '{}' where member_code = ?",
          "update change set position = position + 1000000 where member_code = ?");
    }
  }
}

package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.e2e.Steps.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.EventStream;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestTokens;

/**
 * The change feed of the running suite, through the gateway: a plan's changes in the order they
 * were made, and a reader's cursor that still holds after every app of the suite restarted,
 * as JSON and as a stream.
 */
class ChangeFeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_plans_changes_come_in_order_and_a_cursor_resumes_across_a_restart_of_every_app()
      throws Exception {
    Suite.start();
    String member = Steps.activeMember();
    String gov = TestTokens.government(member);
    String plan = Steps.newPlan(gov, member, "2026", "2028");
    String commitment = Steps.newCommitment(gov, plan, "Followed by the feed",
        "improving_public_services", "access_to_information");
    String milestone = Steps.newMilestone(gov, commitment, "Reported three times");
    for (int i = 1; i <= 3; i++) {
      report(gov, milestone, 10 * i, "before " + i);
    }
    List<JsonNode> before = follow(plan, null, 6);
    assertEquals(List.of("ogp.action-plan.created.v1", "ogp.commitment.registered.v1",
            "ogp.milestone.added.v1", "ogp.milestone.progress-reported.v1",
            "ogp.milestone.progress-reported.v1", "ogp.milestone.progress-reported.v1"),
        before.stream().map(e -> e.get("type").asText()).toList());
    assertEquals(List.of("before 1", "before 2", "before 3"), notes(before));
    String cursor = before.get(before.size() - 1).get("cursor").asText();

    // Every app stops and starts again: the services, the feed's among them, and the gateway.
    List<String> apps = new ArrayList<>(SuiteProcesses.SERVICES);
    apps.add(SuiteProcesses.GATEWAY);
    for (String app : apps) {
      SuiteProcesses.kill(app);
      SuiteProcesses.restart(app);
    }
    for (int i = 4; i <= 6; i++) {
      report(gov, milestone, 10 * i, "after " + i);
    }

    // The cursor from before the restarts brings exactly what came after it, in order.
    List<JsonNode> after = follow(plan, cursor, 3);
    assertEquals(List.of("after 4", "after 5", "after 6"), notes(after));
    // So does the stream, resumed with it as Last-Event-ID.
    try (EventStream stream = EventStream.open(URI.create(RestAssured.baseURI
        + "/api/v1/changes/stream?plan=" + plan), cursor)) {
      List<JsonNode> streamed = new ArrayList<>();
      for (EventStream.Event e : stream.events(3, 60)) {
        JsonNode event = JSON.readTree(e.data());
        assertEquals(event.get("cursor").asText(), e.id());
        streamed.add(event);
      }
      assertEquals(List.of("after 4", "after 5", "after 6"), notes(streamed));
    }
  }

  private static void report(String gov, String milestone, int percent, String note) {
    as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":" + percent + ",\"note\":\""
            + note + "\"}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
  }

  /** The plan's changes after {@code cursor}, once there are {@code count}, followed by cursor. */
  private static List<JsonNode> follow(String plan, String cursor, int count) {
    List<JsonNode> read = new ArrayList<>();
    String[] after = {cursor};
    await().atMost(Steps.EVENTUAL).until(() -> {
      var request = given().queryParam("plan", plan).queryParam("limit", 2);
      if (after[0] != null) {
        request.queryParam("after", after[0]);
      }
      JsonNode answer = JSON.readTree(request.get("/api/v1/changes").then().statusCode(200)
          .extract().asByteArray());
      answer.get("items").forEach(read::add);
      after[0] = answer.get("cursor").asText();
      return read.size() >= count;
    });
    assertEquals(count, read.size(), "no change twice, none more: " + read);
    return read;
  }

  private static List<String> notes(List<JsonNode> events) {
    return events.stream().filter(e -> e.get("type").asText().endsWith("progress-reported.v1"))
        .map(e -> e.get("data").get("note").asText()).toList();
  }
}

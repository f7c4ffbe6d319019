package org.ogptracker.commitments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.commitments.api.Fixtures.activeMember;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.TestTokens;

/** Milestones and progress history loaded in bulk: idempotent, in time order, with events. */
@QuarkusTest
class BulkImportTest {
  @Inject
  EntityManager em;

  static ValidatableResponse upload(String path, String csv, String token) {
    return given().header("Authorization", TestTokens.bearer(token)).contentType("text/csv")
        .body(csv).post("/api/v1/imports/" + path).then();
  }

  @Test
  void milestones_and_their_history_load_once_with_their_events() {
    String member = activeMember(em);
    String plan = Fixtures.plan(member);
    String c = Fixtures.commitment(member, plan, "Bulk loaded");
    String milestones = """
        commitment_id,number,description,due_date
        %1$s,1,Draft the law,2024-06-30
        %1$s,2,Pass the law,
        ZZZ9999,1,No such commitment,
        %1$s,x,Bad number,
        """.formatted(c);
    String progress = """
        milestone_id,reported_at,status,percent_complete,note,evidence_urls,author
        %1$s.1,2024-02-01T09:00:00Z,in_progress,20,Started,https://example.org/a https://example.org/b,
        %1$s.1,2024-05-01T09:00:00Z,complete,,Done,,clerk-7
        %1$s.2,2024-03-01T09:00:00Z,not_started,,,,
        %1$s.2,2024-01-01T09:00:00Z,in_progress,150,Percent out of range,,
        %1$s.9,2024-03-01T09:00:00Z,in_progress,10,No such milestone,,
        """.formatted(c);
    try (PublishedEvents events = PublishedEvents.from(CommitmentEvents.TOPIC)) {
      upload("milestones", milestones, TestTokens.admin()).statusCode(200)
          .body("created", equalTo(2)).body("unchanged", equalTo(0))
          .body("skippedTotal", equalTo(2)).body("skipped.line", contains(4, 5))
          .body("skipped[0].message", containsString("no commitment ZZZ9999"));
      upload("progress", progress, TestTokens.admin()).statusCode(200)
          .body("created", equalTo(3)).body("unchanged", equalTo(0))
          .body("skippedTotal", equalTo(2)).body("skipped.line", contains(5, 6));

      List<PublishedEvents.Received> added = events.await(e -> e.type()
          .equals(CommitmentEvents.MILESTONE_ADDED) && e.subject().startsWith(c + "."), 2);
      assertEquals(List.of(c + ".1", c + ".2"), added.stream().map(e -> e.subject()).toList());
      List<PublishedEvents.Received> reported = events.await(e -> e.type()
          .equals(CommitmentEvents.PROGRESS_REPORTED) && e.subject().startsWith(c + "."), 3);
      // In time order per milestone, each with the plan as key.
      assertEquals(List.of("in_progress", "complete", "not_started"),
          reported.stream().map(e -> e.data().get("status").asText()).toList());
      reported.forEach(e -> assertEquals(plan, e.key()));
      assertEquals("clerk-7", reported.get(1).data().get("author").asText());
    }

    given().get("/api/v1/milestones/" + c + ".1").then().statusCode(200)
        .body("status", equalTo("complete")).body("percentComplete", equalTo(100))
        .body("updates", equalTo(2));
    given().get("/api/v1/milestones/" + c + ".1/progress").then().statusCode(200)
        .body("items", hasSize(2)).body("items.note", contains("Done", "Started"))
        .body("items[1].evidenceUrls", contains("https://example.org/a", "https://example.org/b"))
        .body("items[1].author", startsWith("admin-"));

    // A second run of both files changes nothing.
    upload("milestones", milestones, TestTokens.admin()).statusCode(200)
        .body("created", equalTo(0)).body("unchanged", equalTo(2));
    upload("progress", progress, TestTokens.admin()).statusCode(200)
        .body("created", equalTo(0)).body("unchanged", equalTo(3));
    given().get("/api/v1/milestones/" + c + ".1").then().body("updates", equalTo(2));
  }

  @Test
  void history_is_appended_in_time_order_only() {
    String member = activeMember(em);
    String c = Fixtures.commitment(member, Fixtures.plan(member), "In order");
    upload("milestones", "commitment_id,number,description\n" + c + ",1,Only one\n",
        TestTokens.admin()).statusCode(200).body("created", equalTo(1));
    upload("progress", "milestone_id,reported_at,status,percent_complete\n"
        + c + ".1,2024-06-01T00:00:00Z,in_progress,50\n", TestTokens.admin())
        .statusCode(200).body("created", equalTo(1));
    upload("progress", "milestone_id,reported_at,status,percent_complete\n"
        + c + ".1,2024-01-01T00:00:00Z,in_progress,10\n"
        + c + ".1,2999-01-01T00:00:00Z,in_progress,90\n", TestTokens.admin())
        .statusCode(200).body("created", equalTo(0)).body("skippedTotal", equalTo(2))
        .body("skipped[0].message", containsString("time order"))
        .body("skipped[1].message", containsString("in the future"));
    given().get("/api/v1/milestones/" + c + ".1").then()
        .body("percentComplete", equalTo(50)).body("updates", equalTo(1));
  }

  @Test
  void only_admins_import_and_a_file_without_the_columns_is_a_problem() {
    String member = activeMember(em);
    upload("progress", "milestone_id,reported_at,status\n", TestTokens.government(member))
        .statusCode(403).contentType("application/problem+json");
    upload("milestones", "commitment_id,description\nX,Y\n", TestTokens.admin()).statusCode(400)
        .contentType("application/problem+json").body("detail", containsString("number"));
  }
}

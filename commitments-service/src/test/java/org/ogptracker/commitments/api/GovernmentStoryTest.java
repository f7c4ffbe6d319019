package org.ogptracker.commitments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.commitments.api.Fixtures.activeMember;
import static org.ogptracker.commitments.api.Fixtures.as;
import static org.ogptracker.commitments.api.Fixtures.asGovernment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.ServiceDatabase;
import org.ogptracker.platform.testing.TestTokens;

/** The government story: a plan, a commitment, a milestone and progress, with the events. */
@QuarkusTest
class GovernmentStoryTest {
  @Inject
  EntityManager em;

  @Test
  void government_staff_plan_commit_and_report_progress_and_each_step_is_published()
      throws Exception {
    String member = activeMember(em);
    try (PublishedEvents events = PublishedEvents.from(CommitmentEvents.TOPIC)) {
      String planId = asGovernment(member).body("{\"memberCode\":\"" + member
              + "\",\"periodStart\":\"2024\",\"periodEnd\":\"2026\"}")
          .post("/api/v1/action-plans").then().statusCode(201)
          .header("Location", "/api/v1/action-plans/AP_" + member + "01")
          .body("status", equalTo("draft")).extract().path("id");
      assertEquals("AP_" + member + "01", planId);

      String commitmentId = Fixtures.commitment(member, planId, "Open parliament hearings");
      assertEquals(member + "0001", commitmentId);
      String milestoneId = asGovernment(member)
          .body("{\"description\":\"Publish the hearing calendar\",\"dueDate\":\"2025-06-30\"}")
          .post("/api/v1/commitments/" + commitmentId + "/milestones").then().statusCode(201)
          .body("status", equalTo("not_started")).extract().path("id");
      assertEquals(commitmentId + ".1", milestoneId);

      asGovernment(member).body("{\"status\":\"in_progress\",\"percentComplete\":40,"
              + "\"note\":\"Calendar drafted\",\"evidenceUrls\":[\"https://example.org/draft.pdf\"]}")
          .post("/api/v1/milestones/" + milestoneId + "/progress").then().statusCode(201)
          .body("author", startsWith("government-"));
      asGovernment(member).body("{\"status\":\"complete\",\"note\":\"Calendar online\"}")
          .post("/api/v1/milestones/" + milestoneId + "/progress").then().statusCode(201)
          .body("percentComplete", equalTo(100));

      given().get("/api/v1/milestones/" + milestoneId + "/progress").then().statusCode(200)
          .body("items", hasSize(2))
          .body("items.status", contains("complete", "in_progress"))
          .body("items[1].evidenceUrls", contains("https://example.org/draft.pdf"));
      given().get("/api/v1/milestones/" + milestoneId).then()
          .body("status", equalTo("complete")).body("percentComplete", equalTo(100))
          .body("updates", equalTo(2));
      // the record stays as reported, in the database too
      ServiceDatabase.assertRefused("progress updates are append-only", milestoneId,
          "update progress_update set note = 'Rewritten' where milestone_id = ?",
          "delete from progress_update where milestone_id = ?");
      ServiceDatabase.assertRefused("progress updates are append-only", null,
          "truncate progress_update");
      given().get("/api/v1/action-plans/" + planId).then()
          .body("commitments.id", contains(commitmentId));

      var progress = events.await(e -> planId.equals(e.key())
          && e.type().equals(CommitmentEvents.PROGRESS_REPORTED), 2);
      assertEquals(milestoneId, progress.get(0).subject());
      assertEquals(40, progress.get(0).data().get("percentComplete").asInt());
      assertEquals(member, progress.get(1).data().get("memberCode").asText());
      assertEquals(commitmentId, progress.get(1).data().get("commitmentId").asText());
      var types = events.await(e -> planId.equals(e.key()), 5).stream().map(e -> e.type()).toList();
      assertEquals(java.util.List.of(CommitmentEvents.PLAN_CREATED,
          CommitmentEvents.COMMITMENT_REGISTERED, CommitmentEvents.MILESTONE_ADDED,
          CommitmentEvents.PROGRESS_REPORTED, CommitmentEvents.PROGRESS_REPORTED), types);
    }
  }

  @Test
  void another_members_government_gets_403_and_a_reviewer_too() {
    String member = activeMember(em);
    String planId = Fixtures.plan(member);
    String commitmentId = Fixtures.commitment(member, planId, "Access to information law");
    String other = TestTokens.government("USA");
    as(other).body("{\"memberCode\":\"" + member + "\",\"periodStart\":\"2024\",\"periodEnd\":\"2026\"}")
        .post("/api/v1/action-plans").then().statusCode(403)
        .contentType("application/problem+json");
    as(other).body("{\"title\":\"Not mine\"}").post("/api/v1/action-plans/" + planId + "/commitments")
        .then().statusCode(403);
    as(other).body("{\"description\":\"x\"}").post("/api/v1/commitments/" + commitmentId + "/milestones")
        .then().statusCode(403);
    as(TestTokens.reviewer()).body("{\"title\":\"Reviewer edit\"}")
        .patch("/api/v1/commitments/" + commitmentId).then().statusCode(403);
    given().contentType("application/json").body("{\"title\":\"Anonymous\"}")
        .patch("/api/v1/commitments/" + commitmentId).then().statusCode(401);
    as(TestTokens.admin()).header("If-Match", "\"0\"").body("{\"title\":\"Admin edit\"}")
        .patch("/api/v1/commitments/" + commitmentId).then().statusCode(200);
  }

  @Test
  void a_change_without_if_match_is_428_and_changes_nothing() {
    String member = activeMember(em);
    String planId = Fixtures.plan(member);
    String commitmentId = Fixtures.commitment(member, planId, "Beneficial ownership register");
    asGovernment(member).body("{\"title\":\"Blind overwrite\"}")
        .patch("/api/v1/commitments/" + commitmentId).then().statusCode(428)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:ogp-tracker:problem:precondition-required"));
    asGovernment(member).body("{\"periodStart\":\"2025\",\"periodEnd\":\"2027\"}")
        .patch("/api/v1/action-plans/" + planId).then().statusCode(428);
    given().get("/api/v1/commitments/" + commitmentId).then().header("ETag", "\"0\"")
        .body("title", equalTo("Beneficial ownership register"));
    given().get("/api/v1/action-plans/" + planId).then().header("ETag", "\"0\"")
        .body("periodStart", equalTo("2024"));
  }

  @Test
  void the_commitments_of_a_finished_plan_cannot_change() {
    String member = activeMember(em);
    String completed = Fixtures.plan(member);
    String done = Fixtures.commitment(member, completed, "Open budgets");
    String milestone = Fixtures.milestone(member, done, "Publish");
    for (String status : List.of("submitted", "in_implementation", "completed")) {
      asGovernment(member).body("{\"status\":\"" + status + "\"}")
          .post("/api/v1/action-plans/" + completed + "/status").then().statusCode(200);
    }
    String withdrawn = Fixtures.plan(member);
    String dropped = Fixtures.commitment(member, withdrawn, "Lobbying register");
    asGovernment(member).body("{\"status\":\"withdrawn\"}")
        .post("/api/v1/action-plans/" + withdrawn + "/status").then().statusCode(200);

    for (String commitment : List.of(done, dropped)) {
      asGovernment(member).header("If-Match", "\"0\"").body("{\"title\":\"Rewritten\"}")
          .patch("/api/v1/commitments/" + commitment).then().statusCode(409)
          .contentType("application/problem+json");
      asGovernment(member).body("{\"description\":\"Late milestone\"}")
          .post("/api/v1/commitments/" + commitment + "/milestones").then().statusCode(409);
      given().get("/api/v1/commitments/" + commitment).then().header("ETag", "\"0\"");
    }
    // A completed plan's late progress still counts; a withdrawn plan's does not.
    asGovernment(member).body("{\"status\":\"complete\"}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
  }

  @Test
  void a_ministrys_system_reports_progress_with_a_client_credentials_token() {
    String member = activeMember(em);
    String commitmentId = Fixtures.commitment(member, Fixtures.plan(member), "Open budgets");
    String milestoneId = Fixtures.milestone(member, commitmentId, "Publish");
    String system = TestTokens.clientCredentials(member, "mof-" + member.toLowerCase());
    as(system).body("{\"status\":\"in_progress\",\"percentComplete\":30}")
        .post("/api/v1/milestones/" + milestoneId + "/progress").then().statusCode(201)
        .body("author", equalTo(TestTokens.subjectOf(system)));
    as(TestTokens.clientCredentials("USA", "treasury-usa"))
        .body("{\"status\":\"in_progress\",\"percentComplete\":40}")
        .post("/api/v1/milestones/" + milestoneId + "/progress").then().statusCode(403);
  }

  @Test
  void a_replayed_idempotency_key_adds_nothing() {
    String member = activeMember(em);
    String planId = Fixtures.plan(member);
    String commitmentId = Fixtures.commitment(member, planId, "Budget transparency portal");
    String milestoneId = Fixtures.milestone(member, commitmentId, "Launch");
    String token = TestTokens.government(member);
    String body = "{\"status\":\"in_progress\",\"percentComplete\":10}";
    long first = as(token).header("Idempotency-Key", "p-1").body(body)
        .post("/api/v1/milestones/" + milestoneId + "/progress").then().statusCode(201)
        .extract().<Number>path("id").longValue();
    long again = as(token).header("Idempotency-Key", "p-1").body(body)
        .post("/api/v1/milestones/" + milestoneId + "/progress").then().statusCode(201)
        .header("Idempotent-Replayed", "true").extract().<Number>path("id").longValue();
    assertEquals(first, again);
    given().get("/api/v1/milestones/" + milestoneId + "/progress").then().body("items", hasSize(1));
  }

  @Test
  void a_stale_if_match_gets_412_and_changes_nothing() {
    String member = activeMember(em);
    String planId = Fixtures.plan(member);
    String commitmentId = Fixtures.commitment(member, planId, "Open contracting");
    String etag = given().get("/api/v1/commitments/" + commitmentId).then().extract().header("ETag");
    asGovernment(member).header("If-Match", etag).body("{\"title\":\"Open contracting data\"}")
        .patch("/api/v1/commitments/" + commitmentId).then().statusCode(200);
    asGovernment(member).header("If-Match", etag).body("{\"title\":\"Lost update\"}")
        .patch("/api/v1/commitments/" + commitmentId).then().statusCode(412)
        .contentType("application/problem+json");
    given().get("/api/v1/commitments/" + commitmentId).then()
        .body("title", equalTo("Open contracting data"));
    String planEtag = given().get("/api/v1/action-plans/" + planId).then().extract().header("ETag");
    asGovernment(member).header("If-Match", planEtag).body("{\"status\":\"submitted\"}")
        .post("/api/v1/action-plans/" + planId + "/status").then().statusCode(200)
        .body("status", equalTo("submitted"));
    asGovernment(member).header("If-Match", planEtag).body("{\"status\":\"withdrawn\"}")
        .post("/api/v1/action-plans/" + planId + "/status").then().statusCode(412);
  }

  @Test
  void plan_moves_follow_its_life_and_submission_is_published() {
    String member = activeMember(em);
    String planId = Fixtures.plan(member);
    try (PublishedEvents events = PublishedEvents.from(CommitmentEvents.TOPIC)) {
      asGovernment(member).body("{\"status\":\"completed\"}")
          .post("/api/v1/action-plans/" + planId + "/status").then().statusCode(409);
      asGovernment(member).body("{\"status\":\"submitted\"}")
          .post("/api/v1/action-plans/" + planId + "/status").then().statusCode(200)
          .body("submittedOn", equalTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
      var submitted = events.await(e -> planId.equals(e.key())
          && e.type().equals(CommitmentEvents.PLAN_SUBMITTED));
      assertEquals("draft", submitted.data().get("previousStatus").asText());
      assertEquals("2026", submitted.data().get("periodEnd").asText());
    }
  }
}

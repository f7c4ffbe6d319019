package org.ogptracker.reports.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.reports.api.TestPlans.draft;
import static org.ogptracker.reports.api.TestPlans.government;
import static org.ogptracker.reports.api.TestPlans.reviewer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.ServiceDatabase;
import org.ogptracker.reports.api.TestPlans.Plan;

/**
 * A report's row lock, held by a transaction of the test's own as a long request would hold it:
 * who may not write the report is answered without waiting for it, and who may gives up after
 * the lock timeout (ogp.db.lock-timeout, 5 s) with a 503 to retry, never hanging on.
 */
@QuarkusTest
class ReportLocksTest {
  private static final String INDICATORS = "{\"specificity\":\"high\"}";

  @Test
  void a_caller_who_may_not_write_the_report_does_not_wait_for_its_lock() throws Exception {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String review = draft(reviewer(), plan.id(), "irm_action_plan_review");
    String assessment = "/api/v1/reports/" + review + "/assessments/" + plan.commitments().get(0);
    try (Connection holder = lock(review)) {
      // A draft IRM review is the reviewers': to the member's government it does not exist.
      var publish = CompletableFuture.supplyAsync(() -> government(plan.member())
          .post("/api/v1/reports/" + review + "/publish").statusCode());
      var assess = CompletableFuture.supplyAsync(() -> government(plan.member())
          .body(INDICATORS).put(assessment).statusCode());
      assertEquals(404, publish.get(4, TimeUnit.SECONDS));
      assertEquals(404, assess.get(4, TimeUnit.SECONDS));
      holder.rollback();
    }
  }

  @Test
  void an_author_queued_past_the_lock_timeout_gets_a_503_and_changes_nothing() throws Exception {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String review = draft(reviewer(), plan.id(), "irm_action_plan_review");
    String assessment = "/api/v1/reports/" + review + "/assessments/" + plan.commitments().get(0);
    try (Connection holder = lock(review)) {
      var queued = CompletableFuture.supplyAsync(() -> reviewer().body(INDICATORS).put(assessment));
      Response answer = queued.get(20, TimeUnit.SECONDS);
      holder.rollback();
      assertEquals(503, answer.statusCode(), answer.asString());
      assertEquals("application/problem+json", answer.contentType().split(";")[0]);
      assertTrue(answer.jsonPath().getString("type").endsWith(":database-busy"), answer.asString());
      assertEquals("2", answer.header("Retry-After"));
    }
    reviewer().get(assessment).then().statusCode(404);
    reviewer().body(INDICATORS).put(assessment).then().statusCode(201);
    given().get("/api/v1/reports/" + review).then().statusCode(404); // still a draft
  }

  /** Holds the report's row lock in a transaction of its own until rolled back or closed. */
  private static Connection lock(String report) throws Exception {
    Connection c = ServiceDatabase.connect();
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement("select id from report where id = ? for update")) {
      s.setString(1, report);
      assertTrue(s.executeQuery().next(), "no report " + report);
    }
    return c;
  }
}

package org.ogptracker.commitments.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.commitments.api.Fixtures.activeMember;
import static org.ogptracker.commitments.api.Fixtures.asGovernment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.ogptracker.commitments.api.Fixtures;
import org.ogptracker.platform.testing.ServiceDatabase;

/**
 * A write that needs its plan open races a withdrawal: it must queue behind the withdrawal and
 * then see it, never commit beside it. The withdrawal is held half-done in a transaction of the
 * test's own (the plan's row locked and changed, not yet committed), as another request would
 * hold it; the write is sent, seen waiting for that lock, and the withdrawal committed.
 */
@QuarkusTest
class PlanStatusHoldTest {
  private static final Duration QUEUED = Duration.ofSeconds(20);

  @Inject
  EntityManager em;

  @Test
  void a_new_commitment_racing_a_withdrawal_is_refused() throws Exception {
    String member = activeMember(em);
    String plan = Fixtures.plan(member);
    int status = whileWithdrawing(plan, () -> asGovernment(member)
        .body("{\"title\":\"Slipped in\"}").post("/api/v1/action-plans/" + plan + "/commitments")
        .statusCode());
    assertEquals(409, status);
    given().get("/api/v1/action-plans/" + plan).then().body("commitments", hasSize(0));
  }

  @Test
  void an_edit_and_a_milestone_racing_a_withdrawal_are_refused() throws Exception {
    String member = activeMember(em);
    String plan = Fixtures.plan(member);
    String commitment = Fixtures.commitment(member, plan, "Open procurement");
    assertEquals(409, whileWithdrawing(plan, () -> asGovernment(member)
        .header("If-Match", "\"0\"").body("{\"title\":\"Edited late\"}")
        .patch("/api/v1/commitments/" + commitment).statusCode()));
    assertEquals(409, asGovernment(member).body("{\"description\":\"Late\"}")
        .post("/api/v1/commitments/" + commitment + "/milestones").statusCode());
    given().get("/api/v1/commitments/" + commitment).then().header("ETag", "\"0\"");
  }

  @Test
  void progress_racing_a_withdrawal_is_refused() throws Exception {
    String member = activeMember(em);
    String plan = Fixtures.plan(member);
    String commitment = Fixtures.commitment(member, plan, "Open contracting");
    String milestone = Fixtures.milestone(member, commitment, "Publish contracts");
    assertEquals(409, whileWithdrawing(plan, () -> asGovernment(member)
        .body("{\"status\":\"in_progress\",\"percentComplete\":20}")
        .post("/api/v1/milestones/" + milestone + "/progress").statusCode()));
    given().get("/api/v1/milestones/" + milestone + "/progress").then().body("items", hasSize(0));
  }

  /**
   * Sends {@code write} while a withdrawal of the plan is under way, then lets the withdrawal
   * commit; the write's status code.
   */
  private static int whileWithdrawing(String plan, Supplier<Integer> write) throws Exception {
    try (Connection withdrawal = ServiceDatabase.connect()) {
      withdrawal.setAutoCommit(false);
      try (PreparedStatement s = withdrawal.prepareStatement("""
          update action_plan set status = 'WITHDRAWN', version = version + 1 where id = ?""")) {
        s.setString(1, plan);
        assertEquals(1, s.executeUpdate());
      }
      CompletableFuture<Integer> sent = CompletableFuture.supplyAsync(write);
      ServiceDatabase.awaitBlockedBy(withdrawal, QUEUED);
      withdrawal.commit();
      return sent.get(30, TimeUnit.SECONDS);
    }
  }
}

package org.ogptracker.commitments.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.commitments.api.Fixtures.activeMember;
import static org.ogptracker.commitments.api.Fixtures.asGovernment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.ogptracker.commitments.api.Fixtures;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.testing.PublishedEvents;

/**
 * A milestone past its due date, neither complete nor withdrawn, of a plan in implementation is
 * published once as overdue: not while its plan is a draft, not when done or not yet due, not
 * again on the next check, and once when two checks run at the same time. Progress reports on
 * the plan's milestones mark the points in its event order where a wrong report would show.
 */
@QuarkusTest
class OverdueMilestonesTest {
  private static final String OVERDUE = CommitmentEvents.MILESTONE_OVERDUE;
  private static final String PROGRESS = CommitmentEvents.PROGRESS_REPORTED;

  @Inject
  EntityManager em;

  @Inject
  OverdueMilestones check;

  @Test
  void a_late_milestone_of_a_plan_in_implementation_is_reported_overdue_once() throws Exception {
    String member = activeMember(em);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (PublishedEvents events = PublishedEvents.from(CommitmentEvents.TOPIC)) {
      String plan = Fixtures.plan(member);
      String commitment = Fixtures.commitment(member, plan, "Open contracting");
      String late = milestone(member, commitment, "Publish contracts", today.minusDays(3));
      String done = milestone(member, commitment, "Publish the register", today.minusDays(3));
      String dueToday = milestone(member, commitment, "Open the portal", today);
      String ahead = milestone(member, commitment, "Train procurement staff",
          today.plusDays(30));
      report(member, done, "complete");

      check.reportOverdue(); // the plan is a draft: nothing is overdue yet
      report(member, ahead, "in_progress");
      moveTo(member, plan, "submitted");
      moveTo(member, plan, "in_implementation");
      // Two instances check at once.
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> checks = List.of(1, 2).stream()
          .map(i -> CompletableFuture.supplyAsync(() -> {
            try {
              start.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return check.reportOverdue();
          })).toList();
      start.countDown();
      checks.forEach(CompletableFuture::join);
      report(member, late, "in_progress");
      check.reportOverdue(); // reported already
      report(member, dueToday, "in_progress");

      List<PublishedEvents.Received> seen = events.await(e -> plan.equals(e.key())
          && (e.type().equals(OVERDUE) || e.type().equals(PROGRESS)), 5);
      assertEquals(List.of(PROGRESS + " " + done, PROGRESS + " " + ahead, OVERDUE + " " + late,
              PROGRESS + " " + late, PROGRESS + " " + dueToday),
          seen.stream().map(e -> e.type() + " " + e.subject()).toList());
      PublishedEvents.Received overdue = seen.get(2);
      assertEquals(today.minusDays(3).toString(), overdue.data().get("dueDate").asText());
      assertEquals("not_started", overdue.data().get("status").asText());
      assertEquals(commitment, overdue.data().get("commitmentId").asText());
      assertEquals(member, overdue.data().get("memberCode").asText());
    }
  }

  private static String milestone(String member, String commitment, String description,
      LocalDate due) {
    return asGovernment(member).body("{\"description\":\"" + description + "\",\"dueDate\":\""
            + due + "\"}")
        .post("/api/v1/commitments/" + commitment + "/milestones").then().statusCode(201)
        .extract().path("id");
  }

  private static void report(String member, String milestone, String status) {
    String percent = status.equals("in_progress") ? ",\"percentComplete\":50" : "";
    asGovernment(member).body("{\"status\":\"" + status + "\"" + percent
            + ",\"note\":\"As planned\"}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
  }

  private static void moveTo(String member, String plan, String status) {
    asGovernment(member).body("{\"status\":\"" + status + "\"}")
        .post("/api/v1/action-plans/" + plan + "/status").then().statusCode(200);
  }
}

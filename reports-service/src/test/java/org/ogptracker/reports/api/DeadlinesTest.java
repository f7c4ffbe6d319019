package org.ogptracker.reports.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.reports.api.TestPlans.draft;
import static org.ogptracker.reports.api.TestPlans.government;
import static org.ogptracker.reports.api.TestPlans.reviewer;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.PublishedEvents.Received;
import org.ogptracker.platform.testing.TestReviews;
import org.ogptracker.reports.api.TestPlans.Plan;

/** Process deadlines, their missed events, compliance and scorecards. */
@QuarkusTest
class DeadlinesTest {

  @Test
  void a_missed_self_assessment_is_announced_once_and_shows_in_compliance() {
    String member = TestPlans.freshMember();
    try (PublishedEvents events = PublishedEvents.from("ogp.reports.v1")) {
      Plan plan = TestPlans.send(member, 1, "2018-09-01", "2020", 1);
      String subject = plan.id() + "/end_of_term_self_assessment";
      Received missed = events.await(e -> e.type().equals("ogp.process.deadline-missed.v1")
          && subject.equals(e.subject()));
      assertEquals(member, missed.key());
      assertEquals(1, missed.data().path("cycle").asInt());
      assertEquals("2021-04-30", missed.data().path("dueOn").asText());
      assertTrue(missed.data().path("contraryToProcess").asBoolean());
      events.await(e -> e.type().equals("ogp.process.deadline-missed.v1")
          && (plan.id() + "/irm_results_report").equals(e.subject())
          && !e.data().path("contraryToProcess").asBoolean());
      // the check runs every 2 s in tests: a few more runs announce nothing new
      List<Received> later = events.all(Duration.ofSeconds(6)).stream()
          .filter(e -> subject.equals(e.subject())).toList();
      assertEquals(1, later.size());
      given().get("/api/v1/compliance?country=" + member).then().statusCode(200)
          .body("items", hasSize(1)).body("items[0].cyclesContraryToProcess", equalTo(1))
          .body("items[0].cycles[0].planId", equalTo(plan.id()))
          .body("items[0].cycles[0].contraryToProcess", equalTo(true))
          .body("items[0].cycles[0].missed", equalTo(3));
    }
  }

  @Test
  void a_report_published_on_time_meets_its_deadline_and_a_late_one_does_not() {
    String member = TestPlans.freshMember();
    Plan current = TestPlans.send(member, 2, "2024-01-15", "2099", 1);
    Plan past = TestPlans.send(member, 1, "2018-09-01", "2020", 1);
    String onTime = draft(government(member), current.id(), "self_assessment_end_of_term");
    government(member).post("/api/v1/reports/" + onTime + "/publish").then().statusCode(200);
    String late = draft(government(member), past.id(), "self_assessment_end_of_term");
    government(member).post("/api/v1/reports/" + late + "/publish").then().statusCode(200);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    given().get("/api/v1/plan-tracking/" + current.id()).then()
        .body("deadlines.kind", contains("irm_review", "end_of_term_self_assessment",
            "irm_results_report"))
        .body("deadlines.state", contains("missed", "met", "due"))
        .body("deadlines[1].metOn", equalTo(today));
    given().get("/api/v1/plan-tracking/" + past.id()).then()
        .body("deadlines[1].kind", equalTo("end_of_term_self_assessment"))
        .body("deadlines[1].state", equalTo("missed"))
        .body("deadlines[1].metOn", equalTo(today));
    given().get("/api/v1/compliance?country=" + member).then()
        .body("items[0].cycles.planId", contains(past.id(), current.id()))
        .body("items[0].cycles.contraryToProcess", contains(true, false));
  }

  @Test
  void the_scorecard_shows_where_the_government_and_the_irm_disagree() {
    String member = TestPlans.freshMember();
    Plan plan = TestPlans.send(member, 1, "2024-01-15", "2099", 1);
    String commitment = plan.commitments().get(0);
    TestPlans.progress(plan, commitment, "complete", 100);
    TestPlans.awaitTimeline(plan.id(), 3);
    String self = draft(government(member), plan.id(), "self_assessment_end_of_term");
    government(member).body("{\"completion\":\"complete\"}")
        .put("/api/v1/reports/" + self + "/assessments/" + commitment).then().statusCode(201);
    government(member).post("/api/v1/reports/" + self + "/publish").then().statusCode(200);
    String irm = draft(reviewer(), plan.id(), "irm_results_report");
    reviewer().body("{\"completion\":\"limited\"}")
        .put("/api/v1/reports/" + irm + "/assessments/" + commitment).then().statusCode(201);
    TestReviews.approve(irm);
    reviewer().post("/api/v1/reports/" + irm + "/publish").then().statusCode(200);
    given().get("/api/v1/scorecards/" + commitment).then().statusCode(200)
        .body("title", equalTo("Commitment 1"))
        .body("selfReported.completionFromMilestones.code", equalTo("complete"))
        .body("selfReported.milestones[0].percentComplete", equalTo(100))
        .body("selfReported.selfAssessments[0].reportId", equalTo(self))
        .body("irm.record.completionEndOfTerm.label", equalTo("Limited"))
        .body("starEndOfTerm.starred", equalTo(null))
        .body("starEndOfTerm.undecided", equalTo("not_reviewed"))
        .body("disagreements", hasSize(2))
        .body("disagreements.governmentSource", contains(self, "milestones"))
        .body("disagreements.government", contains("complete", "complete"))
        .body("disagreements.irm", contains("limited", "limited"))
        .body("disagreements.irmSource", contains(irm, irm));
    given().get("/api/v1/scorecards/AAZZ9999").then().statusCode(404);
  }
}

package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.ogptracker.e2e.Steps.as;

import java.util.List;
import org.ogptracker.platform.testing.TestReviews;
import org.ogptracker.platform.testing.TestTokens;

/**
 * A member's data, each piece made on first use by its government (a reviewer's for reports):
 * what one cell of the authorization matrix writes to, and what the contract test reads.
 */
final class MemberFixture {
  private final String gov;
  private final String member;
  private String plan;
  private String commitment;
  private String milestone;
  private String review;
  private String selfAssessment;
  private boolean known;
  private boolean published;

  MemberFixture(String member) {
    this.member = member;
    this.gov = TestTokens.government(member);
  }

  String member() {
    return member;
  }

  String plan() {
    if (plan == null) {
      plan = Steps.newPlan(gov, member, "2025", "2027");
    }
    return plan;
  }

  String commitment() {
    if (commitment == null) {
      commitment = Steps.newCommitment(gov, plan(), "Matrix commitment",
          "increasing_public_integrity", "civic_participation");
    }
    return commitment;
  }

  String milestone() {
    if (milestone == null) {
      milestone = Steps.newMilestone(gov, commitment(), "Matrix milestone");
    }
    return milestone;
  }

  /** The plan with a commitment, once reports-service knows both from events. */
  String knownPlan() {
    if (!known) {
      String c = commitment();
      await().atMost(Steps.EVENTUAL).until(() -> given()
          .get("/api/v1/plan-tracking/" + plan + "/timeline?limit=200").statusCode() == 200
          && given().get("/api/v1/plan-tracking/" + plan + "/timeline?limit=200")
              .<List<String>>path("items.subject").contains(c));
      known = true;
    }
    return plan;
  }

  /** A draft end-of-term self-assessment of the plan, by the member's government. */
  String selfAssessment() {
    if (selfAssessment == null) {
      selfAssessment = as(gov).body("{\"planId\":\"" + knownPlan()
              + "\",\"kind\":\"self_assessment_end_of_term\"}")
          .post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }
    return selfAssessment;
  }

  /** The review, approved and published. */
  String publishedReview() {
    String id = review();
    if (!published) {
      as(TestTokens.reviewer()).post("/api/v1/reports/" + id + "/publish").then()
          .statusCode(200);
      published = true;
    }
    return id;
  }

  /** A draft IRM review of the plan, written by a reviewer and approved by another. */
  String review() {
    if (review == null) {
      review = as(TestTokens.reviewer()).body("{\"planId\":\"" + knownPlan()
              + "\",\"kind\":\"irm_action_plan_review\"}")
          .post("/api/v1/reports").then().statusCode(201).extract().path("id");
      TestReviews.approve(review);
    }
    return review;
  }
}

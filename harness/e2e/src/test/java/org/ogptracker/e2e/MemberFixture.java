package org.ogptracker.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.ogptracker.e2e.Steps.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.ogptracker.platform.testing.TestReviews;
import org.ogptracker.platform.testing.TestTokens;

/**
 * A member's data, each piece made on first use by its government (a reviewer's for reports):
 * what one cell of the authorization matrix writes to, and what the contract test reads.
 */
final class MemberFixture {
  private final String gov;
  private final String subscriber;
  private final String member;
  private String plan;
  private String commitment;
  private String milestone;
  private String review;
  private String selfAssessment;
  private String subscription;
  private String delivery;
  private boolean known;
  private boolean published;

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final AtomicInteger PERIODS = new AtomicInteger();

  /**
   * An active member with one of every resource a read can name: a plan with a commitment, a
   * milestone with a progress update, an IRM review with an assessment, approved and
   * published, and its government's webhook subscription with a delivery.
   */
  static MemberFixture withEveryResource() {
    MemberFixture data = new MemberFixture(Steps.activeMember());
    data.subscription(); // before the plan: its changes make the subscription's deliveries
    as(TestTokens.government(data.member()))
        .body("{\"status\":\"in_progress\",\"percentComplete\":30}")
        .post("/api/v1/milestones/" + data.milestone() + "/progress").then().statusCode(201);
    String review = data.review();
    as(TestTokens.reviewer())
        .body("{\"specificity\":\"high\",\"potentialImpact\":\"moderate\"}")
        .put("/api/v1/reports/" + review + "/assessments/" + data.commitment()).then()
        .statusCode(201);
    TestReviews.approve(review); // the review as it stands now
    data.publishedReview();
    return data;
  }

  MemberFixture(String member) {
    this(member, TestTokens.government(member));
  }

  /**
   * The data of {@code member}, made by its government (a token of a subject of its own, so
   * each fixture's plan is new), with its webhook subscription made with {@code subscriber}'s
   * token (a subscription is its maker's).
   */
  MemberFixture(String member, String subscriber) {
    this.member = member;
    this.gov = TestTokens.government(member);
    this.subscriber = subscriber;
  }

  /** The subscriber's token: the owner of the fixture's webhook subscription. */
  String government() {
    return subscriber;
  }

  /** A webhook subscription of the government's to the member's changes, at the suite's receiver. */
  String subscription() {
    if (subscription == null) {
      subscription = as(subscriber).body("{\"url\":\"" + Receiver.url("fixture-" + member)
              + "\",\"member\":\"" + member + "\"}")
          .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }
    return subscription;
  }

  /** A delivery of the subscription: of a plan made after it, once the plan's change is in. */
  String delivery() {
    if (delivery == null) {
      String id = subscription();
      // A plan of its own period, so its idempotency key is new whoever's token makes it.
      LocalDate start = LocalDate.of(2040, 1, 1).plusDays(PERIODS.getAndIncrement());
      Steps.newPlan(gov, member, start.toString(), start.plusYears(2).toString());
      await().atMost(Steps.EVENTUAL).until(() -> !as(subscriber)
          .get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200).extract()
          .<List<String>>path("items.id").isEmpty());
      delivery = as(subscriber).get("/api/v1/subscriptions/" + id + "/deliveries").then()
          .extract().path("items[0].id");
    }
    return delivery;
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
      String c = commitment(); // makes the plan first
      Steps.awaitAtReports(plan, c);
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

  /** Whether a read of {@code path} needs the fixture's token: a subscription is its owner's. */
  static boolean owned(String path) {
    return path.startsWith("/api/v1/subscriptions");
  }

  /** The path with each parameter given a value of this data, named by where it stands. */
  String pathTo(String template) {
    Map<String, String> byResource = Map.of(
        "countries", member(), "action-plans", plan(), "plan-tracking", plan(),
        "commitments", commitment(), "scorecards", commitment(),
        "milestones", milestone(), "reports", publishedReview(),
        "assessments", commitment(), "subscriptions", subscription(), "deliveries", delivery());
    Matcher m = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String before = template.substring(0, m.start());
      String resource = before.replaceAll("/$", "").replaceAll(".*/", "");
      String value = byResource.get(resource);
      if (value == null) {
        fail("no value for {" + m.group(1) + "} of " + template + ": add one here");
      }
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    return path.toString();
  }
}

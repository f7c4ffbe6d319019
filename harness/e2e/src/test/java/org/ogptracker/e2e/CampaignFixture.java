package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.ogptracker.e2e.Steps.as;

import java.util.List;
import java.util.Map;
import org.ogptracker.platform.testing.TestTokens;

/**
 * Real resources for the campaign's path parameters: a member with a submitted plan, a
 * commitment with a milestone and its progress, and a reviewer's draft IRM report. Created
 * through the gateway, and settled (reports-service has seen it all) before anyone looks.
 */
record CampaignFixture(String member, String plan, String commitment, String milestone,
    String report, String otherMember, String government, String subscription,
    String delivery) {

  static CampaignFixture create() {
    String member = Steps.activeMember();
    String other = Steps.activeMember();
    String gov = TestTokens.government(member);
    // The government's webhook subscription to the member, before the plan: its deliveries.
    String subscription = as(gov).body("{\"url\":\"" + Receiver.url("campaign") + "\","
            + "\"member\":\"" + member + "\"}")
        .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    // A plan in the future: no deadline of it falls due while the campaign runs.
    String plan = Steps.newPlan(gov, member, "2030", "2032");
    String commitment = Steps.newCommitment(gov, plan, "Campaign target",
        "increasing_public_integrity", "civic_participation");
    String milestone = Steps.newMilestone(gov, commitment, "Stand firm");
    as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":50,\"note\":\"half\"}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
    as(gov).body("{\"status\":\"submitted\"}").post("/api/v1/action-plans/" + plan + "/status")
        .then().statusCode(200);
    await().atMost(Steps.EVENTUAL).ignoreExceptions()
        .until(() -> Steps.progressEvents(plan).size() == 1);
    String reviewer = TestTokens.reviewer();
    String report = as(reviewer).body("{\"planId\":\"" + plan + "\","
            + "\"kind\":\"irm_action_plan_review\",\"summary\":\"Draft under review\"}")
        .post("/api/v1/reports").then().statusCode(201).extract().path("id");
    as(reviewer).body("{\"specificity\":\"high\",\"verifiable\":\"yes\"}")
        .put("/api/v1/reports/" + report + "/assessments/" + commitment).then().statusCode(201);
    given().get("/api/v1/scorecards/" + commitment).then().statusCode(200);
    await().atMost(Steps.EVENTUAL).until(() -> !as(gov)
        .get("/api/v1/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
        .extract().<List<String>>path("items.id").isEmpty());
    String delivery = as(gov).get("/api/v1/subscriptions/" + subscription + "/deliveries")
        .then().extract().path("items[0].id");
    return new CampaignFixture(member, plan, commitment, milestone, report, other, gov,
        subscription, delivery);
  }

  /** The real value for a path parameter of an operation under {@code /api/v1/<segment>}. */
  String pathValue(String path, String parameter) {
    String segment = segment(path);
    return switch (parameter) {
      case "code" -> member;
      case "year" -> "2025";
      case "planId" -> plan;
      case "commitmentId" -> commitment;
      case "id" -> Map.of("action-plans", plan, "commitments", commitment,
          "milestones", milestone, "reports", report, "subscriptions", subscription)
          .get(segment);
      case "deliveryId" -> delivery;
      default -> throw new IllegalArgumentException("no fixture for {" + parameter + "} in "
          + path + ": add one");
    };
  }

  /** The resource segment of {@code /api/v1/<segment>/...} (empty for other paths). */
  private static String segment(String path) {
    String[] parts = path.split("/");
    return parts.length > 3 ? parts[3] : "";
  }

  /** The operation's path with every parameter filled from the fixture. */
  String fill(String path) {
    String filled = path;
    for (String p : new String[] {"code", "year", "planId", "commitmentId", "id",
        "deliveryId"}) {
      if (filled.contains("{" + p + "}")) {
        filled = filled.replace("{" + p + "}", pathValue(path, p));
      }
    }
    return filled;
  }

  /** A token allowed to call the operation when nothing else is wrong with the request. */
  String tokenFor(ApiOperations.Operation op) {
    return switch (segment(op.path())) {
      case "countries", "eligibility" -> TestTokens.admin();
      case "reports" -> TestTokens.reviewer();
      default -> government;
    };
  }
}

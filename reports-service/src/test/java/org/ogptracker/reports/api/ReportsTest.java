package org.ogptracker.reports.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.reports.api.TestPlans.draft;
import static org.ogptracker.reports.api.TestPlans.government;
import static org.ogptracker.reports.api.TestPlans.reviewer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.ServiceDatabase;
import org.ogptracker.platform.testing.TestReviews;
import org.ogptracker.platform.testing.TestTokens;
import org.ogptracker.reports.api.TestPlans.Plan;

/** Reports, their assessments and stars, through the API, on plans sent as real events. */
@QuarkusTest
class ReportsTest {
  static final String STARRED = """
      {"specificity":"high","verifiable":"yes","relevance":["access_to_information"],
       "potentialImpact":"transformative","potentialForResults":"substantial",
       "completion":"substantial"}""";
  static final String PLAIN = """
      {"specificity":"low","relevance":[],"potentialImpact":"minor","completion":"no_data"}""";

  @Test
  void a_reviewer_publishes_an_irm_review_and_the_stars_follow() {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 2);
    String starred = plan.commitments().get(0);
    String plain = plan.commitments().get(1);
    String id = draft(reviewer(), plan.id(), "irm_action_plan_review");
    assertEquals(plan.id() + "-APR-v1", id);
    reviewer().body(STARRED).put("/api/v1/reports/" + id + "/assessments/" + starred)
        .then().statusCode(201).body("specificity.label", equalTo("High"))
        .body("relevance.code", contains("access_to_information"));
    reviewer().body(PLAIN).put("/api/v1/reports/" + id + "/assessments/" + plain)
        .then().statusCode(201);
    reviewer().header("If-Match", "\"0\"").body(PLAIN)
        .put("/api/v1/reports/" + id + "/assessments/" + plain)
        .then().statusCode(200).header("ETag", "\"1\"")
        .body("verifiable.code", equalTo("not_reviewed"));
    // a draft is the reviewers' until published
    given().get("/api/v1/assessments?plan=" + plan.id()).then().body("items", empty());
    TestReviews.approve(id);
    try (PublishedEvents events = PublishedEvents.from("ogp.reports.v1")) {
      reviewer().post("/api/v1/reports/" + id + "/publish").then().statusCode(200)
          .body("status", equalTo("published")).body("publishedOn", not(nullValue()));
      var published = events.await(e -> e.type().equals("ogp.report.published.v1")
          && e.subject().equals(id));
      assertEquals(plan.id(), published.key());
      assertEquals(2, published.data().path("assessments").asInt());
    }
    given().get("/api/v1/assessments?plan=" + plan.id() + "&starred=true&stage=midterm").then()
        .statusCode(200).body("items.commitmentId", contains(starred))
        .body("items[0].starredMidterm", equalTo(true))
        .body("items[0].starredEndOfTerm", nullValue())
        .body("items[0].starredEndOfTermUndecided", equalTo("not_reviewed"))
        .body("items[0].designReportId", equalTo(id));
    given().get("/api/v1/assessments?plan=" + plan.id() + "&potentialImpact=minor").then()
        .body("items.commitmentId", contains(plain)).body("items[0].starredMidterm", nullValue())
        .body("items[0].starredMidtermUndecided", equalTo("no_data"));
    given().get("/api/v1/assessments?plan=" + plan.id() + "&relevance=access_to_information")
        .then().body("items.commitmentId", contains(starred));
    given().get("/api/v1/assessments/counts?plan=" + plan.id()).then()
        .body("commitments", equalTo(2))
        .body("indicators.potentialImpact.transformative", equalTo(1))
        .body("indicators.potentialImpact.minor", equalTo(1))
        .body("indicators.relevance.access_to_information", equalTo(1))
        .body("starredMidterm.true", equalTo(1));
    String csv = given().accept("text/csv").get("/api/v1/assessments?plan=" + plan.id())
        .then().statusCode(200).extract().asString();
    assertEquals(3, csv.lines().count(), csv);
    org.hamcrest.MatcherAssert.assertThat(csv.lines().findFirst().orElseThrow(),
        containsString("commitmentId,planId,memberCode,specificity"));
    org.hamcrest.MatcherAssert.assertThat(csv, containsString(starred + "," + plan.id() + ","
        + plan.member() + ",high,yes,access_to_information,transformative"));
    given().get("/api/v1/scorecards/" + starred).then().statusCode(200)
        .body("starMidterm.starred", equalTo(true))
        .body("starMidterm.why", hasItem("potential impact transformative: meets transformative"))
        .body("irm.reports.reportId", contains(id));
  }

  @Test
  void who_may_write_which_report() {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    Plan other = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String body = "{\"planId\":\"" + plan.id() + "\",\"kind\":\"%s\"}";
    given().contentType(ContentType.JSON).body(body.formatted("irm_action_plan_review"))
        .post("/api/v1/reports").then().statusCode(401);
    government(plan.member()).body(body.formatted("irm_action_plan_review"))
        .post("/api/v1/reports").then().statusCode(403);
    TestPlans.as(TestTokens.admin()).body(body.formatted("irm_results_report"))
        .post("/api/v1/reports").then().statusCode(403);
    reviewer().body(body.formatted("self_assessment_end_of_term"))
        .post("/api/v1/reports").then().statusCode(403);
    government(other.member()).body(body.formatted("self_assessment_end_of_term"))
        .post("/api/v1/reports").then().statusCode(403)
        .contentType("application/problem+json");
    String own = draft(government(plan.member()), plan.id(), "self_assessment_end_of_term");
    TestPlans.as(TestTokens.admin()).body(body.formatted("self_assessment_midterm"))
        .post("/api/v1/reports").then().statusCode(201);
    // the draft's assessments and publication are its author's too
    String completion = "{\"completion\":\"complete\"}";
    String path = "/api/v1/reports/" + own + "/assessments/" + plan.commitments().get(0);
    government(other.member()).body(completion).put(path).then().statusCode(404);
    reviewer().body(completion).put(path).then().statusCode(404);
    government(plan.member()).body(completion).put(path).then().statusCode(201);
    government(other.member()).post("/api/v1/reports/" + own + "/publish").then().statusCode(404);
    government(plan.member()).post("/api/v1/reports/" + own + "/publish").then().statusCode(200);
    given().get("/api/v1/reports/" + own).then().statusCode(200);
  }

  @Test
  void an_irm_report_is_published_with_a_second_reviewers_approval_of_it_as_it_stands() {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String commitment = plan.commitments().get(0);
    String author = TestTokens.reviewer();
    String second = TestTokens.reviewer();
    String id = draft(TestPlans.as(author), plan.id(), "irm_action_plan_review");
    String assessment = "/api/v1/reports/" + id + "/assessments/" + commitment;
    TestPlans.as(author).body(PLAIN).put(assessment).then().statusCode(201);
    String url = "/api/v1/reports/" + id;
    TestPlans.as(author).post(url + "/publish").then().statusCode(409)
        .body("detail", containsString("second reviewer's approval"));
    String etag = TestPlans.as(author).get(url).then().extract().header("ETag");
    // not its writer's; not without reading it; not by government staff
    TestPlans.as(author).header("If-Match", etag).post(url + "/approval").then().statusCode(403);
    TestPlans.as(second).post(url + "/approval").then().statusCode(428);
    government(plan.member()).header("If-Match", etag).post(url + "/approval").then()
        .statusCode(403);
    TestPlans.as(second).header("If-Match", etag).post(url + "/approval").then().statusCode(200)
        .header("ETag", etag).body("approvedBy", equalTo(TestTokens.subjectOf(second)));
    // a change after the approval leaves it behind
    String read = TestPlans.as(author).get(assessment).then().extract().header("ETag");
    TestPlans.as(author).header("If-Match", read).body(STARRED).put(assessment).then()
        .statusCode(200);
    TestPlans.as(author).post(url + "/publish").then().statusCode(409)
        .body("detail", containsString("changed since"));
    String changed = TestPlans.as(author).get(url).then().extract().header("ETag");
    TestPlans.as(second).header("If-Match", changed).post(url + "/approval").then()
        .statusCode(200);
    TestPlans.as(author).post(url + "/publish").then().statusCode(200)
        .body("approvedBy", equalTo(TestTokens.subjectOf(second)))
        .body("approvedAt", not(nullValue()));
    // a self-assessment is the government's own account: published without one, approved never
    String self = draft(government(plan.member()), plan.id(), "self_assessment_end_of_term");
    TestPlans.as(second).header("If-Match", "*").post("/api/v1/reports/" + self + "/approval")
        .then().statusCode(404); // a government's draft is not the reviewers' to see
    government(plan.member()).post("/api/v1/reports/" + self + "/publish").then().statusCode(200);
  }

  @Test
  void two_reviewers_cannot_overwrite_each_others_indicators_unseen() {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String commitment = plan.commitments().get(0);
    String id = draft(reviewer(), plan.id(), "irm_action_plan_review");
    String path = "/api/v1/reports/" + id + "/assessments/" + commitment;
    given().get(path).then().statusCode(404); // a draft's assessment is its writers' only
    reviewer().get(path).then().statusCode(404).contentType("application/problem+json");
    reviewer().header("If-None-Match", "*").body(STARRED).put(path).then().statusCode(201)
        .header("ETag", "\"0\"");
    String read = reviewer().get(path).then().statusCode(200).header("ETag", "\"0\"")
        .extract().header("ETag");
    // a second reviewer who meant to create it, one who never read it, one who read it first
    reviewer().header("If-None-Match", "*").body(PLAIN).put(path).then().statusCode(412);
    reviewer().body(PLAIN).put(path).then().statusCode(428)
        .contentType("application/problem+json");
    reviewer().header("If-Match", read).body(STARRED.replace("transformative", "moderate"))
        .put(path).then().statusCode(200).header("ETag", "\"1\"");
    reviewer().header("If-Match", read).body(PLAIN).put(path).then().statusCode(412);
    reviewer().get(path).then().body("potentialImpact.code", equalTo("moderate"))
        .body("specificity.label", equalTo("High"));
  }

  @Test
  void a_published_report_never_changes_and_a_correction_is_its_next_version() throws Exception {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String commitment = plan.commitments().get(0);
    String v1 = draft(reviewer(), plan.id(), "irm_results_report");
    String results = "{\"completion\":\"limited\",\"didItOpenGovernment\":\"marginal\"}";
    reviewer().body(results).put("/api/v1/reports/" + v1 + "/assessments/" + commitment)
        .then().statusCode(201);
    reviewer().body("{\"kind\":\"irm_results_report\",\"corrects\":\"" + v1 + "\"}")
        .post("/api/v1/reports").then().statusCode(409); // a draft is changed, not corrected
    String etag = given().header("Authorization", TestTokens.bearer(TestTokens.reviewer()))
        .get("/api/v1/reports/" + v1).then().extract().header("ETag");
    TestReviews.approve(v1); // its ETag stays
    reviewer().header("If-Match", "\"999\"").post("/api/v1/reports/" + v1 + "/publish")
        .then().statusCode(412);
    reviewer().header("If-Match", etag).post("/api/v1/reports/" + v1 + "/publish")
        .then().statusCode(200);
    reviewer().body("{\"completion\":\"complete\"}")
        .put("/api/v1/reports/" + v1 + "/assessments/" + commitment).then().statusCode(409)
        .body("detail", containsString("published"));
    reviewer().post("/api/v1/reports/" + v1 + "/publish").then().statusCode(409);
    reviewer().body("{\"planId\":\"" + plan.id() + "\",\"kind\":\"irm_results_report\"}")
        .post("/api/v1/reports").then().statusCode(409);
    // Nor in the database: what the service never does, a person at a psql prompt cannot do.
    ServiceDatabase.assertRefused("is published and never changes", v1,
        "update report set summary = 'Rewritten' where id = ?",
        "delete from report where id = ?",
        "update assessment set note = 'Rewritten' where report_id = ?",
        "delete from assessment where report_id = ?",
        "insert into assessment (report_id, commitment_id, indicators, assessed_by, assessed_at)"
            + " values (?, 'AAA1001', '{}', 'someone', now())");
    ServiceDatabase.assertRefused("never truncated", null, "truncate report, assessment");
    String draft = draft(reviewer(), plan.id(), "irm_action_plan_review");
    assertEquals(Optional.empty(), ServiceDatabase.refusalOf(
        "update report set summary = 'Still a draft' where id = ?", draft));
  }

  @Test
  void a_correction_starts_from_the_published_assessments_and_replaces_them_when_published() {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String commitment = plan.commitments().get(0);
    String v1 = draft(reviewer(), plan.id(), "irm_action_plan_review");
    reviewer().body(STARRED).put("/api/v1/reports/" + v1 + "/assessments/" + commitment);
    TestReviews.approve(v1);
    reviewer().post("/api/v1/reports/" + v1 + "/publish").then().statusCode(200);
    String v2 = reviewer().body("{\"corrects\":\"" + v1 + "\",\"summary\":\"Impact revised\"}")
        .post("/api/v1/reports").then().statusCode(201).body("reportVersion", equalTo(2))
        .body("corrects", equalTo(v1)).extract().path("id");
    reviewer().get("/api/v1/reports/" + v2 + "/assessments").then()
        .body("items.commitmentId", contains(commitment))
        .body("items[0].potentialImpact.code", equalTo("transformative"));
    String copied = reviewer().get("/api/v1/reports/" + v2 + "/assessments/" + commitment)
        .then().statusCode(200).extract().header("ETag");
    reviewer().header("If-Match", copied).body(STARRED.replace("transformative", "moderate"))
        .put("/api/v1/reports/" + v2 + "/assessments/" + commitment).then().statusCode(200);
    reviewer().body("{\"corrects\":\"" + v1 + "\"}").post("/api/v1/reports").then()
        .statusCode(409); // v1 already has its correction
    given().get("/api/v1/assessments?plan=" + plan.id()).then()
        .body("items[0].starredMidterm", equalTo(true));
    reviewer().post("/api/v1/reports/" + v2 + "/publish").then().statusCode(409); // unapproved
    TestReviews.approve(v2);
    reviewer().post("/api/v1/reports/" + v2 + "/publish").then().statusCode(200);
    given().get("/api/v1/assessments?plan=" + plan.id()).then()
        .body("items[0].potentialImpact.code", equalTo("moderate"))
        .body("items[0].starredMidterm", equalTo(false))
        .body("items[0].designReportId", equalTo(v2));
    given().get("/api/v1/reports/" + v1 + "/assessments").then()
        .body("items[0].potentialImpact.code", equalTo("transformative"));
  }

  @Test
  void bad_assessments_are_problems_and_store_nothing() {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    Plan other = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String id = draft(reviewer(), plan.id(), "irm_results_report");
    String path = "/api/v1/reports/" + id + "/assessments/" + plan.commitments().get(0);
    reviewer().body("{\"completion\":\"finished\"}").put(path).then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("completion"))
        .body("errors[0].message", containsString("substantial, complete, no_data"));
    reviewer().body("{\"potentialImpact\":\"minor\"}").put(path).then().statusCode(400)
        .body("errors[0].message", containsString("does not assess potentialImpact"));
    reviewer().body("{\"completion\":\"limited\",\"colour\":\"red\"}").put(path).then()
        .statusCode(400);
    reviewer().body("{\"completion\":[\"limited\"]}").put(path).then().statusCode(400);
    reviewer().body("{\"completion\":\"limited\"}")
        .put("/api/v1/reports/" + id + "/assessments/" + other.commitments().get(0)).then()
        .statusCode(422);
    reviewer().body("{\"completion\":\"limited\"}")
        .put("/api/v1/reports/" + plan.id() + "-RR-v9/assessments/" + plan.commitments().get(0))
        .then().statusCode(404);
    reviewer().body("{\"completion\":\"limited\"}")
        .put("/api/v1/reports/DROP-TABLE-report/assessments/AB0001").then().statusCode(400);
    reviewer().get("/api/v1/reports/" + id + "/assessments").then().body("items", empty());
    String apr = draft(reviewer(), plan.id(), "irm_action_plan_review");
    reviewer().body("{\"relevance\":[\"happiness\"]}")
        .put("/api/v1/reports/" + apr + "/assessments/" + plan.commitments().get(0)).then()
        .statusCode(400).body("errors[0].field", equalTo("relevance"));
    // A sentinel of relevance comes as a list of one (as the document's array says), or bare.
    String relevance = "/api/v1/reports/" + apr + "/assessments/" + plan.commitments().get(0);
    reviewer().body("{\"relevance\":[\"not_applicable\"]}").put(relevance).then()
        .statusCode(201).body("relevance.code", contains("not_applicable"));
    String etag = reviewer().get(relevance).then().extract().header("ETag");
    reviewer().header("If-Match", etag).body("{\"relevance\":\"no_data\"}").put(relevance)
        .then().statusCode(200).body("relevance.code", contains("no_data"));
    reviewer().header("If-Match", "*")
        .body("{\"relevance\":[\"no_data\",\"civic_participation\"]}").put(relevance)
        .then().statusCode(400).body("errors[0].field", equalTo("relevance"));
    given().get("/api/v1/assessments?specificity=huge").then().statusCode(400)
        .body("errors[0].field", equalTo("specificity"));
    given().get("/api/v1/assessments?stage=later").then().statusCode(400);
    given().get("/api/v1/reports?kind=novel").then().statusCode(400);
  }

  @Test
  void drafts_are_seen_only_by_who_may_write_them() {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String irm = draft(reviewer(), plan.id(), "irm_action_plan_review");
    String self = draft(government(plan.member()), plan.id(), "self_assessment_midterm");
    given().get("/api/v1/reports/" + irm).then().statusCode(404);
    given().get("/api/v1/reports?plan=" + plan.id()).then().body("items", empty());
    reviewer().get("/api/v1/reports?plan=" + plan.id()).then().body("items.id", contains(irm));
    government(plan.member()).get("/api/v1/reports?plan=" + plan.id()).then()
        .body("items.id", contains(self));
    government(TestPlans.freshMember()).get("/api/v1/reports?plan=" + plan.id()).then()
        .body("items", empty());
  }

  @Test
  void first_reports_created_at_once_get_one_201_and_the_rest_409() throws Exception {
    Plan plan = TestPlans.send(TestPlans.freshMember(), 1, "2024-01-15", "2099", 1);
    String body = "{\"planId\":\"" + plan.id() + "\",\"kind\":\"irm_action_plan_review\"}";
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        Callable<Integer> post = () -> reviewer().body(body).post("/api/v1/reports").statusCode();
        results.add(pool.submit(post));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      Map<Integer, Long> counts = statuses.stream()
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertEquals(Map.of(201, 1L, 409, 9L), counts);
    } finally {
      pool.shutdownNow();
    }
  }
}

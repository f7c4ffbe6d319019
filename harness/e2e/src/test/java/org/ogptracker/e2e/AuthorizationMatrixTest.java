package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/**
 * Every write operation of the API against every kind of caller, through the gateway. Each cell
 * runs on fresh data (its own plan, commitment, milestone, report), so no cell depends on another.
 */
class AuthorizationMatrixTest {
  /** Each eligibility cell writes a year of its own. */
  private static final AtomicInteger YEAR = new AtomicInteger(2011);
  private static String member;
  private static String other;
  /** The member's government, one subject: the owner of the subscriptions its cells make. */
  private static String own;

  /** Who calls: no token, an admin, government staff of the member, of another, a reviewer. */
  enum Caller { ANONYMOUS, ADMIN, GOVERNMENT_OWN, GOVERNMENT_OTHER, REVIEWER }

  /** One write: how to make its data, and the call. */
  record Write(String name, Function<MemberFixture, Call> call) {}

  record Call(String method, String path, String contentType, String body) {}

  @BeforeAll
  static void start() {
    Suite.start();
    member = Steps.activeMember();
    other = Steps.activeMember();
    own = TestTokens.government(member);
  }

  //                                                   anon admin  own  other reviewer
  static final Object[][] MATRIX = {
      {"POST /countries",                                401, 201, 403, 403, 403},
      {"PATCH /countries/{member}",                      401, 200, 403, 403, 403},
      {"PUT /countries/{member}/eligibility/{year}",     401, 201, 403, 403, 403},
      {"POST /action-plans",                             401, 201, 201, 403, 403},
      {"PATCH /action-plans/{plan}",                     401, 200, 200, 403, 403},
      {"POST /action-plans/{plan}/status",               401, 200, 200, 403, 403},
      {"POST /action-plans/{plan}/commitments",          401, 201, 201, 403, 403},
      {"PATCH /commitments/{commitment}",                401, 200, 200, 403, 403},
      {"POST /commitments/{commitment}/milestones",      401, 201, 201, 403, 403},
      {"POST /milestones/{milestone}/progress",          401, 201, 201, 403, 403},
      {"POST /reports (IRM action-plan review)",         401, 403, 403, 403, 201},
      {"POST /reports (end-of-term self-assessment)",    401, 201, 201, 403, 403},
      // A draft is seen only by who may write it: to anyone else it does not exist.
      {"PUT /reports/{review}/assessments/{commitment}", 401, 404, 404, 404, 201},
      // Approval is a reviewer's, another than the review's writers.
      {"POST /reports/{review}/approval",                401, 403, 403, 403, 200},
      {"POST /reports/{review}/publish",                 401, 404, 404, 404, 200},
      // A self-assessment is its government's (or an admin's); to others its draft is not there.
      {"PUT /reports/{self}/assessments/{commitment}",   401, 201, 201, 404, 404},
      {"POST /reports/{self}/publish",                   401, 200, 200, 404, 404},
      // A correction of a published IRM review is a reviewer's.
      {"POST /reports (correction of a published review)", 401, 403, 403, 403, 201},
      // Anyone with a token subscribes; a subscription is its owner's, to others not there.
      {"POST /subscriptions",                            401, 201, 201, 201, 201},
      {"POST /subscriptions/{subscription}/secret",      401, 404, 200, 404, 404},
      {"POST /subscriptions/{subscription}/enable",      401, 404, 200, 404, 404},
      {"POST /subscriptions/{subscription}/deliveries/{delivery}/redeliver",
                                                         401, 404, 202, 404, 404},
      {"DELETE /subscriptions/{subscription}",           401, 404, 204, 404, 404},
  };

  static final List<Write> WRITES = List.of(
      new Write("POST /countries", f -> new Call("POST", "/api/v1/countries", null,
          "{\"code\":\"" + TestMembers.freshCode('V') + "\",\"name\":\"Matrix\",\"kind\":\"national\","
              + "\"region\":\"Americas\"}")),
      new Write("PATCH /countries/{member}", f -> new Call("PATCH", "/api/v1/countries/" + member,
          "application/merge-patch+json", "{\"name\":\"Storyland " + member + "\"}")),
      new Write("PUT /countries/{member}/eligibility/{year}", f -> new Call("PUT",
          "/api/v1/countries/" + member + "/eligibility/" + YEAR.getAndIncrement(), null,
          "{\"scores\":{\"fiscal_transparency\":4,\"access_to_information\":4,"
              + "\"asset_disclosure\":4,\"citizen_engagement\":4},\"valuesCheckPassed\":true}")),
      new Write("POST /action-plans", f -> new Call("POST", "/api/v1/action-plans", null,
          "{\"memberCode\":\"" + member + "\",\"periodStart\":\"2025\",\"periodEnd\":\"2027\"}")),
      new Write("PATCH /action-plans/{plan}", f -> new Call("PATCH",
          "/api/v1/action-plans/" + f.plan(), null,
          "{\"periodStart\":\"2025\",\"periodEnd\":\"2028\"}")),
      new Write("POST /action-plans/{plan}/status", f -> new Call("POST",
          "/api/v1/action-plans/" + f.plan() + "/status", null, "{\"status\":\"submitted\"}")),
      new Write("POST /action-plans/{plan}/commitments", f -> new Call("POST",
          "/api/v1/action-plans/" + f.plan() + "/commitments", null,
          "{\"title\":\"Another\",\"grandChallenges\":[\"improving_public_services\"]}")),
      new Write("PATCH /commitments/{commitment}", f -> new Call("PATCH",
          "/api/v1/commitments/" + f.commitment(), "application/merge-patch+json",
          "{\"title\":\"Renamed\"}")),
      new Write("POST /commitments/{commitment}/milestones", f -> new Call("POST",
          "/api/v1/commitments/" + f.commitment() + "/milestones", null,
          "{\"description\":\"Another step\"}")),
      new Write("POST /milestones/{milestone}/progress", f -> new Call("POST",
          "/api/v1/milestones/" + f.milestone() + "/progress", null,
          "{\"status\":\"in_progress\",\"percentComplete\":10}")),
      new Write("POST /reports (IRM action-plan review)", f -> new Call("POST", "/api/v1/reports",
          null, "{\"planId\":\"" + f.knownPlan() + "\",\"kind\":\"irm_action_plan_review\"}")),
      new Write("POST /reports (end-of-term self-assessment)", f -> new Call("POST",
          "/api/v1/reports", null,
          "{\"planId\":\"" + f.knownPlan() + "\",\"kind\":\"self_assessment_end_of_term\"}")),
      new Write("PUT /reports/{review}/assessments/{commitment}", f -> new Call("PUT",
          "/api/v1/reports/" + f.review() + "/assessments/" + f.commitment(), null,
          "{\"specificity\":\"high\",\"potentialImpact\":\"moderate\"}")),
      new Write("POST /reports/{review}/approval", f -> new Call("POST",
          "/api/v1/reports/" + f.review() + "/approval", null, null)),
      new Write("POST /reports/{review}/publish", f -> new Call("POST",
          "/api/v1/reports/" + f.review() + "/publish", null, null)),
      new Write("PUT /reports/{self}/assessments/{commitment}", f -> new Call("PUT",
          "/api/v1/reports/" + f.selfAssessment() + "/assessments/" + f.commitment(), null,
          "{\"completion\":\"complete\"}")),
      new Write("POST /reports/{self}/publish", f -> new Call("POST",
          "/api/v1/reports/" + f.selfAssessment() + "/publish", null, null)),
      new Write("POST /reports (correction of a published review)", f -> new Call("POST",
          "/api/v1/reports", null, "{\"corrects\":\"" + f.publishedReview() + "\"}")),
      new Write("POST /subscriptions", f -> new Call("POST", "/api/v1/subscriptions", null,
          "{\"url\":\"" + Receiver.url("matrix") + "\",\"member\":\"" + member + "\"}")),
      new Write("POST /subscriptions/{subscription}/secret", f -> new Call("POST",
          "/api/v1/subscriptions/" + f.subscription() + "/secret", null, null)),
      new Write("POST /subscriptions/{subscription}/enable", f -> new Call("POST",
          "/api/v1/subscriptions/" + f.subscription() + "/enable", null, null)),
      new Write("POST /subscriptions/{subscription}/deliveries/{delivery}/redeliver",
          f -> new Call("POST", "/api/v1/subscriptions/" + f.subscription() + "/deliveries/"
              + f.delivery() + "/redeliver", null, null)),
      new Write("DELETE /subscriptions/{subscription}", f -> new Call("DELETE",
          "/api/v1/subscriptions/" + f.subscription(), null, null)));

  @Test
  void every_write_answers_each_caller_as_the_table_says() {
    assertEquals(MATRIX.length, WRITES.size());
    List<String> wrong = new ArrayList<>();
    AtomicInteger cells = new AtomicInteger();
    for (int row = 0; row < MATRIX.length; row++) {
      Write write = WRITES.get(row);
      assertEquals(MATRIX[row][0], write.name());
      for (Caller caller : Caller.values()) {
        int expected = (Integer) MATRIX[row][1 + caller.ordinal()];
        Call call = write.call().apply(new MemberFixture(member, own));
        RequestSpecification request = given().contentType(call.contentType() == null
            ? "application/json" : call.contentType());
        String token = token(caller);
        if (token != null) {
          request.header("Authorization", "Bearer " + token);
        }
        if (call.method().equals("PATCH") || call.path().endsWith("/approval")) {
          request.header("If-Match", "*"); // preconditions are tested elsewhere; this is access
        }
        if (call.body() != null) {
          request.body(call.body());
        }
        var response = request.request(call.method(), call.path());
        cells.incrementAndGet();
        if (response.statusCode() != expected) {
          wrong.add(write.name() + " as " + caller + ": " + response.statusCode() + " (expected "
              + expected + ") " + response.asString());
        } else if (expected >= 400) {
          assertEquals("application/problem+json", response.contentType().split(";")[0]);
        }
      }
    }
    assertEquals(MATRIX.length * Caller.values().length, cells.get());
    assertEquals(List.of(), wrong);
  }

  /**
   * The table is the API's: a row for every write the merged OpenAPI document declares (path
   * parameters named as the row likes, variants of one operation in brackets), and none for an
   * operation it does not declare. A new write operation fails this until it has its row.
   */
  @Test
  void the_table_has_a_row_for_every_write_the_api_document_declares() {
    Set<String> documented = ApiOperations.of(RestAssured.baseURI).stream()
        .filter(ApiOperations.Operation::writes)
        .map(o -> o.method() + " " + template(o.path()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> rows = Arrays.stream(MATRIX)
        .map(row -> ((String) row[0]).replaceAll(" \\(.*\\)$", ""))
        .map(name -> name.substring(0, name.indexOf(' ')) + " "
            + template("/api/v1" + name.substring(name.indexOf(' ') + 1)))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(documented, rows);
  }

  /**
   * The services' imports (bulk loads of the OGP export) are in no public document: the gateway
   * routes none of them, and each service takes them from an admin alone. Every write a
   * service's own document declares beyond the merged one is tried there, directly.
   */
  @Test
  void imports_are_reached_inside_only_and_by_an_admin_alone() {
    Set<String> merged = ApiOperations.of(RestAssured.baseURI).stream()
        .map(ApiOperations.Operation::toString).collect(Collectors.toSet());
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (String service : SuiteProcesses.SERVICES) {
      String url = SuiteProcesses.url(service);
      for (ApiOperations.Operation op : ApiOperations.of(url)) {
        if (!op.writes() || merged.contains(op.toString())) {
          continue;
        }
        tried++;
        // Unrecorded (noFilters): StoryTest holds every recorded call against the document.
        given().noFilters().contentType("text/csv").body("code\n")
            .request(op.method(), op.path()).then().statusCode(404); // the gateway has none
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.GOVERNMENT_OWN, Caller.REVIEWER)) {
          RequestSpecification request = given().noFilters().baseUri(url)
              .contentType("text/csv").body("code\n");
          String token = token(caller);
          if (token != null) {
            request.header("Authorization", "Bearer " + token);
          }
          int status = request.request(op.method(), op.path()).statusCode();
          if (status != (caller == Caller.ANONYMOUS ? 401 : 403)) {
            wrong.add(service + " " + op + " as " + caller + ": " + status);
          }
        }
      }
    }
    assertTrue(tried >= 5, tried + " import operations: the three services' OGP export loads,"
        + " milestones and progress");
    assertEquals(List.of(), wrong);
  }

  private static String template(String path) {
    return path.replaceAll("\\{[^}]+}", "{}");
  }

  private static String token(Caller caller) {
    switch (caller) {
      case ADMIN: return TestTokens.admin();
      case GOVERNMENT_OWN: return own;
      case GOVERNMENT_OTHER: return TestTokens.government(other);
      case REVIEWER: return TestTokens.reviewer();
      default: return null;
    }
  }
}

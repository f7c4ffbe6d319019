package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.platform.testing.TestTokens.bearer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/** Through the gateway to the services, running as processes of their own. */
@QuarkusTest
@QuarkusTestResource(value = ServicesUnderTest.class, restrictToAnnotatedClass = false)
class RoutingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "/api/v1/countries, countries-service",
      "/api/v1/eligibility/criteria, countries-service",
      "/api/v1/commitments, commitments-service",
      "/api/v1/themes, commitments-service",
      "/api/v1/assessments, reports-service",
      "/api/v1/reports, reports-service",
      "/api/v1/changes, notifications-service",
  })
  void routes_by_the_first_segment_and_passes_the_request_id(String path, String service)
      throws Exception {
    String id = "rt-" + UUID.randomUUID();
    given().header("X-Request-Id", id).get(path).then().statusCode(200)
        .header("X-Request-Id", equalTo(id)).body("items", notNullValue());
    assertTrue(SuiteProcesses.logWith(service, id).contains(id),
        service + " logged the request id it was given");
  }

  @Test
  void answers_and_errors_of_services_pass_unchanged() {
    String admin = TestTokens.admin();
    String code = TestMembers.freshCode('W');
    given().header("Authorization", bearer(admin)).contentType("application/json")
        .body("{\"code\":\"" + code + "\",\"name\":\"Gateway land " + code + "\","
            + "\"kind\":\"national\",\"region\":\"Europe\"}")
        .post("/api/v1/countries").then().statusCode(201)
        .header("Location", containsString("/api/v1/countries/" + code))
        .header("ETag", equalTo("\"0\""));
    given().get("/api/v1/countries/" + code).then().statusCode(200)
        .header("ETag", equalTo("\"0\"")).body("code", equalTo(code));
    given().header("Authorization", bearer(admin)).contentType("application/json")
        .body("{\"code\":\"" + code + "\",\"name\":\"again\",\"kind\":\"national\","
            + "\"region\":\"Space\"}")
        .post("/api/v1/countries").then().statusCode(400)
        .contentType("application/problem+json").body("detail", containsString("Space"));
    // 403 decided by commitments-service, passed on as it is.
    given().header("Authorization", bearer(TestTokens.government("USA")))
        .contentType("application/json")
        .body("{\"memberCode\":\"" + code + "\",\"periodStart\":\"2025\",\"periodEnd\":\"2027\"}")
        .post("/api/v1/action-plans").then().statusCode(403)
        .contentType("application/problem+json").body("status", equalTo(403));
    given().accept("text/csv").get("/api/v1/countries?q=" + code).then()
        .statusCode(200).contentType(containsString("text/csv")).body(containsString(code));
  }

  @Test
  void an_unknown_path_is_a_404_problem_and_path_tricks_are_refused() {
    given().get("/api/v1/nowhere").then().statusCode(404)
        .contentType("application/problem+json").body("instance", equalTo("/api/v1/nowhere"));
    given().get("/api/v1").then().statusCode(404).contentType("application/problem+json");
    given().urlEncodingEnabled(false).get("/api/v1/countries/..%2F..%2Fq%2Fhealth").then()
        .statusCode(400).contentType("application/problem+json");
    given().urlEncodingEnabled(false).get("/api/v1/countries/%2e%2e/commitments").then()
        .statusCode(400);
  }

  @ParameterizedTest
  @CsvSource({"/api/v1/commitments?q=%00", "/api/v1/commitments?q=a%00b&limit=5",
      "/api/v1/commitments/AL0050%00", "/api/v1/countries?%00=x"})
  void nul_characters_are_400_problems_at_the_gateway_and_the_service(String target)
      throws Exception {
    // Sent raw, as a client that does not check its URIs would.
    for (String base : new String[] {"http://127.0.0.1:" + io.restassured.RestAssured.port,
        SuiteProcesses.url("commitments-service")}) {
      java.net.URI at = java.net.URI.create(base);
      try (var socket = new java.net.Socket(at.getHost(), at.getPort())) {
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
            + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 400"), base + target + ": " + answer);
        String head = answer.toLowerCase();
        assertTrue(head.contains("content-type: application/problem+json"),
            base + target + ": " + answer);
        // The steps before the refusal ran: the answer has its id and is never sniffed.
        assertTrue(head.contains("x-request-id: "), base + target + ": " + answer);
        assertTrue(head.contains("x-content-type-options: nosniff"), base + target + ": " + answer);
      }
    }
  }

  @Test
  void bad_tokens_are_refused_with_401_before_any_service() throws Exception {
    String forged = TestTokens.forged("admin");
    String id = "bad-token-" + UUID.randomUUID();
    for (String header : new String[] {bearer(forged), bearer(TestTokens.expired("admin")),
        // meant for another API, for none, or older than an hour though not expired
        bearer(TestTokens.forAudience("admin", "another-api")),
        bearer(TestTokens.withoutAudience("admin")),
        bearer(TestTokens.issued("admin", java.time.Duration.ofHours(2))),
        "Bearer not.a.token", "Basic YWRtaW46YWRtaW4="}) {
      given().header("Authorization", header).header("X-Request-Id", id)
          .get("/api/v1/countries").then().statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", containsString("Bearer"));
    }
    // The service never saw them (its access log has every request it answered).
    given().header("X-Request-Id", id + "-ok").get("/api/v1/countries").then().statusCode(200);
    String log = SuiteProcesses.logWith("countries-service", id + "-ok");
    assertTrue(log.contains(id + "-ok") && !log.contains(id + " "), "refused at the gateway");
    given().header("Authorization", bearer(TestTokens.reviewer())).get("/api/v1/countries")
        .then().statusCode(200);
  }

  @Test
  void a_request_id_is_made_when_missing_or_unsafe() {
    String made = given().get("/api/v1/themes").then().statusCode(200)
        .header("X-Request-Id", notNullValue()).extract().header("X-Request-Id");
    assertTrue(made.matches("[0-9a-f-]{36}"), made);
    given().header("X-Request-Id", "bad id\twith spaces").get("/api/v1/themes").then()
        .header("X-Request-Id", not(containsString(" ")));
  }

  @Test
  void browsers_get_cors_answers() {
    given().header("Origin", "https://civic.example").header("Access-Control-Request-Method",
            "POST").header("Access-Control-Request-Headers", "authorization,content-type")
        .options("/api/v1/countries").then().statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("https://civic.example"))
        .header("Access-Control-Allow-Methods", containsString("POST"));
    given().header("Origin", "https://civic.example").get("/api/v1/themes").then()
        .statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://civic.example"))
        .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
  }

  @Test
  void wellness_reports_each_service() {
    given().get("/q/health/well").then().statusCode(200)
        .body("checks.name", hasItems(SuiteProcesses.SERVICES.toArray(String[]::new)))
        .body("checks.status", not(hasItems("DOWN")));
  }
}

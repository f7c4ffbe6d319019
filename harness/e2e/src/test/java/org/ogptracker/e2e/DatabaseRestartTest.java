package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ogptracker.e2e.Steps.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestTokens;

/**
 * PostgreSQL restarted under the running suite: the services say they are not ready and refuse
 * writes with a 503 problem while it is away (the gateway stays ready and passes the problems
 * on), then recover by themselves (same processes).
 */
class DatabaseRestartTest {
  private static final Duration NOTICE = Duration.ofSeconds(30);
  private static final Duration RECOVERY = Duration.ofSeconds(60);

  @BeforeAll
  static void start() {
    Suite.start();
  }

  @Test
  void services_are_unready_while_postgres_is_down_and_recover_on_their_own() {
    String member = Steps.activeMember();
    String gov = TestTokens.government(member);
    String plan = Steps.newPlan(gov, member, "2025", "2027");
    String commitment = Steps.newCommitment(gov, plan, "Through the restart",
        "improving_public_services", "access_to_information");
    String milestone = Steps.newMilestone(gov, commitment, "Keep posting");
    Map<String, Long> pids = new HashMap<>();
    SuiteProcesses.SERVICES.forEach(s -> pids.put(s, SuiteProcesses.pid(s)));

    Database.MAIN.stop();
    Database.REPORTS.stop();
    try {
      for (String service : SuiteProcesses.SERVICES) {
        await(service + " not ready").atMost(NOTICE).until(() -> readiness(service) == 503);
      }
      // The gateway stays ready (it still answers, with problems); wellness says why.
      given().get("/q/health/ready").then().statusCode(200);
      given().get("/q/health/well").then().statusCode(503);
      // A write now is refused as the client's to retry, and (checked below) stores nothing.
      as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":10,\"note\":\"while down\"}")
          .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(503)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:ogp-tracker:problem:database-unavailable"))
          .header("Retry-After", equalTo("5"));
      given().get("/api/v1/commitments/" + commitment).then().statusCode(503)
          .contentType("application/problem+json");
    } finally {
      Database.MAIN.start();
      Database.REPORTS.start();
    }

    for (String service : SuiteProcesses.SERVICES) {
      await(service + " ready again").atMost(RECOVERY).until(() -> readiness(service) == 200);
      assertEquals(pids.get(service), SuiteProcesses.pid(service), service + " was not restarted");
    }
    await().atMost(RECOVERY).until(() -> given().get("/q/health/well").statusCode() == 200);

    // Writes are accepted again, their events flow (outbox relay and consumer recovered) ...
    as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":20,\"note\":\"after\"}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
    // (reports-service may still be applying what it waited on: its timeline of the plan is
    // 404 until the plan's own events are in)
    await().atMost(Steps.EVENTUAL).ignoreExceptions()
        .until(() -> Steps.progressEvents(plan).size() == 1);
    // ... and the refused one was never stored.
    List<String> notes = given().get("/api/v1/milestones/" + milestone + "/progress").then()
        .statusCode(200).extract().path("items.note");
    assertEquals(List.of("after"), notes);
    assertFalse(notes.contains("while down"));
  }

  private static int readiness(String service) {
    return given().baseUri(SuiteProcesses.url(service)).get("/q/health/ready").statusCode();
  }
}

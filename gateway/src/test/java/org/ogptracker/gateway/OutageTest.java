package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.SuiteProcesses;

/**
 * A service that is down gets a quick 503 problem, never a hang, while the gateway stays ready
 * and the other services' routes answer; it is back when it is.
 */
@QuarkusTest
class OutageTest {

  @Test
  void a_stopped_service_is_503_within_a_bound_and_the_others_still_answer() {
    SuiteProcesses.kill("reports-service");
    try {
      for (int i = 0; i < 8; i++) { // enough failures to open the breaker too
        long start = System.nanoTime();
        given().get("/api/v1/reports").then().statusCode(503)
            .contentType("application/problem+json")
            .body("detail", containsString("reports-service"))
            .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3000, "answered in " + millis + " ms");
      }
      // After repeated failures the breaker answers at once, without trying the service.
      given().get("/api/v1/reports").then().statusCode(503)
          .body("detail", containsString("paused"));
      given().get("/api/v1/countries").then().statusCode(200);
      given().get("/api/v1/commitments?limit=1").then().statusCode(200);
      // The gateway stays ready (it serves the others); wellness says which service is down.
      given().get("/q/health/ready").then().statusCode(200);
      JsonPath health = given().get("/q/health/well").then().statusCode(503).extract().jsonPath();
      assertTrue(health.getList("checks.findAll { it.name == 'reports-service' }.status")
          .contains("DOWN"));
      assertTrue(health.getList("checks.findAll { it.name == 'reports-service' }.data.circuitBreaker")
          .contains("OPEN"));
    } finally {
      SuiteProcesses.restart("reports-service");
    }
    // Once the breaker lets a call through again, the service answers.
    long deadline = System.nanoTime() + 15_000_000_000L;
    int status;
    do {
      status = given().get("/api/v1/reports").statusCode();
    } while (status != 200 && System.nanoTime() < deadline && pause());
    given().get("/api/v1/reports").then().statusCode(200);
    given().get("/q/health/well").then().statusCode(200).body("status", equalTo("UP"));
  }

  private static boolean pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}

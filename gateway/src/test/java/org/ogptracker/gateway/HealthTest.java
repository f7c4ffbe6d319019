package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {
  @Test
  void reports_live() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }
}

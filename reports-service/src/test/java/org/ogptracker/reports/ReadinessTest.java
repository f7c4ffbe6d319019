package org.ogptracker.reports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest {
  @Test
  void ready_once_its_database_and_kafka_answer() {
    given().get("/q/health/ready").then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("Database connections health check",
            "Kafka connection health check"));
  }

  @Test
  void unknown_path_is_a_problem_response() {
    given().get("/api/v1/nothing-here").then().statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }
}

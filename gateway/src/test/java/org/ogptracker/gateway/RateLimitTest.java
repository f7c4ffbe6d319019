package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.platform.testing.TestTokens.bearer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestTokens;

/** Per-client limits (test profile: 40 reads at once then 10/s; 10 writes then 2/s). */
@QuarkusTest
class RateLimitTest {

  @Test
  void a_client_past_its_burst_gets_429_with_retry_after_and_writes_count_apart() {
    String token = bearer(TestTokens.reviewer()); // a fresh subject: a bucket of its own
    int allowed = 0;
    Response refused = null;
    long start = System.nanoTime();
    for (int i = 0; i < 100 && refused == null; i++) {
      Response r = given().header("Authorization", token).get("/api/v1/themes");
      if (r.statusCode() == 429) {
        refused = r;
      } else {
        assertEquals(200, r.statusCode());
        allowed++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(refused != null, "no 429 after 100 reads");
    // The burst, plus what refilled (10/s) while the loop ran: no more.
    assertTrue(allowed >= 40 && allowed <= 40 + 10 * seconds + 1,
        allowed + " reads passed in " + seconds + " s");
    refused.then().contentType("application/problem+json")
        .body("detail", containsString("reads"));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

    // Its writes have their own bucket: a write is not refused for the reads (the service
    // then refuses it for its own reasons, which is not the gateway's 429).
    int write = given().header("Authorization", token).contentType("application/json")
        .body("{}").post("/api/v1/action-plans").statusCode();
    assertNotEquals(429, write);

    // Another client is not affected.
    given().header("Authorization", bearer(TestTokens.reviewer())).get("/api/v1/themes").then()
        .statusCode(200);
  }
}

package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;
import static org.ogptracker.countries.api.Api.freshCode;
import static org.ogptracker.countries.api.Api.newMemberJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestTokens;

/**
 * A service takes a token only when it is meant for this API ({@code aud}) and at most an hour
 * old, as the gateway does: a service reached past the gateway checks the same.
 */
@QuarkusTest
class TokenChecksTest {
  @Test
  void a_token_for_another_api_for_none_or_too_old_is_401_and_changes_nothing() {
    String code = freshCode();
    String body = newMemberJson(code, "Tokenland", "Europe", "active");
    for (String token : new String[] {TestTokens.forAudience("admin", "another-api"),
        TestTokens.withoutAudience("admin"), TestTokens.issued("admin", Duration.ofHours(2))}) {
      given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON)
          .body(body).post("/api/v1/countries").then().statusCode(401)
          .contentType("application/problem+json");
    }
    given().get("/api/v1/countries/" + code).then().statusCode(404);
    String recent = TestTokens.issued("admin", Duration.ofMinutes(50));
    given().header("Authorization", TestTokens.bearer(recent)).contentType(ContentType.JSON)
        .body(body).post("/api/v1/countries").then().statusCode(201);
  }
}

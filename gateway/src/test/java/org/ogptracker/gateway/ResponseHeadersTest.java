package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.platform.testing.TestTokens.bearer;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/**
 * What the gateway tells browsers and caches: never sniff a body's type; what a cache may keep of
 * an answer, and for whom; HSTS for what came over HTTPS; and no credentials across origins.
 */
@QuarkusTest
class ResponseHeadersTest {

  @Test
  void anonymous_reads_are_public_for_30_seconds_and_revalidate_with_their_etag() {
    String code = member();
    given().get("/api/v1/countries/" + code).then().statusCode(200)
        .header("Cache-Control", "public, max-age=30")
        .header("Vary", containsString("Accept, Authorization"))
        .header("X-Content-Type-Options", "nosniff");
    given().header("If-None-Match", "\"0\"").get("/api/v1/countries/" + code).then()
        .statusCode(304).header("ETag", "\"0\"").header("Cache-Control", "public, max-age=30");
    given().accept("text/csv").get("/api/v1/countries?q=" + code).then().statusCode(200)
        .header("Cache-Control", "public, max-age=30");
  }

  @Test
  void reads_with_a_token_stay_in_the_callers_cache_and_nothing_else_is_kept() {
    String code = member();
    given().header("Authorization", bearer(TestTokens.reviewer())).get("/api/v1/reports")
        .then().statusCode(200).header("Cache-Control", "private, no-cache");
    given().get("/api/v1/countries/ZZZZ").then().statusCode(404)
        .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
    given().header("Authorization", bearer(TestTokens.admin())).header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json").body("{\"name\":\"Cached never\"}")
        .patch("/api/v1/countries/" + code).then().statusCode(200)
        .header("Cache-Control", "no-store");
  }

  @Test
  void hsts_only_for_what_came_over_https_and_cors_never_with_credentials() throws IOException {
    // 127.0.0.1 is the test profile's trusted proxy: its X-Forwarded-Proto is believed.
    given().header("X-Forwarded-Proto", "https").get("/api/v1/themes").then().statusCode(200)
        .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    given().get("/api/v1/themes").then().statusCode(200)
        .header("Strict-Transport-Security", nullValue());
    // From 127.0.0.2, no proxy of ours, the header says nothing.
    String untrusted =
        RawClient.head("127.0.0.2", "/api/v1/themes", "X-Forwarded-Proto: https\r\n");
    assertTrue(untrusted.startsWith("HTTP/1.1 200"), untrusted);
    assertFalse(untrusted.toLowerCase(Locale.ROOT).contains("strict-transport-security"),
        untrusted);
    given().header("Origin", "https://civic.example").get("/api/v1/themes").then()
        .statusCode(200).header("Access-Control-Allow-Origin", "https://civic.example")
        .header("Access-Control-Allow-Credentials", not(equalTo("true")));
  }

  private static String member() {
    String code = TestMembers.freshCode('W');
    given().header("Authorization", bearer(TestTokens.admin())).contentType("application/json")
        .body("{\"code\":\"" + code + "\",\"name\":\"Headerland " + code + "\","
            + "\"kind\":\"national\",\"region\":\"Europe\"}")
        .post("/api/v1/countries").then().statusCode(201);
    return code;
  }
}

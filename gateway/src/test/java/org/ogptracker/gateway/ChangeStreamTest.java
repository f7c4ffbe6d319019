package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.platform.testing.TestTokens.bearer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.EventStream;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/**
 * The change feed's stream through the gateway: passed on as it is written, not buffered, and
 * kept open past the gateway's response timeout (5 s in tests) by the feed's keep-alives.
 */
@QuarkusTest
class ChangeStreamTest {
  @TestHTTPResource("/api/v1/changes/stream")
  URI stream;

  @Test
  void a_stream_outlives_the_response_timeout_and_brings_each_change_as_it_comes()
      throws Exception {
    String code = TestMembers.freshCode('W');
    try (EventStream changes = EventStream.open(URI.create(stream + "?member=" + code), null)) {
      assertEquals(200, changes.response().statusCode());
      assertEquals("no-cache", changes.response().headers().firstValue("Cache-Control")
          .orElse(""), "the service's policy, not the gateway's 30 s for public reads");
      long quietUntil = System.nanoTime() + 7_000_000_000L;
      while (System.nanoTime() < quietUntil) {
        assertTrue(changes.comment(3), "a keep-alive within 3 s");
      }
      given().header("Authorization", bearer(TestTokens.admin())).contentType("application/json")
          .body("{\"code\":\"" + code + "\",\"name\":\"Streamed " + code + "\","
              + "\"kind\":\"national\",\"region\":\"Europe\"}")
          .post("/api/v1/countries").then().statusCode(201);
      EventStream.Event registered = changes.events(1, 60).get(0);
      assertTrue(registered.data().contains("\"type\":\"ogp.country.registered.v1\""),
          registered.data());
      assertTrue(registered.data().contains("\"subject\":\"" + code + "\""), registered.data());
    }
  }
}

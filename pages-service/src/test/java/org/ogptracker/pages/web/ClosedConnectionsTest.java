package org.ogptracker.pages.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An API whose connections close under a read before it answers (a kept-alive connection
 * closed between two requests): the first request of each address is answered by closing its
 * connection, the next by the answer. A page reads again once and is made; without that retry
 * every page here failed.
 */
@QuarkusTest
@TestProfile(ClosedConnectionsTest.ClosingApi.class)
class ClosedConnectionsTest {
  public static class ClosingApi implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return FakeApi.config(FakeApi.Misbehaviour.CLOSE_FIRST);
    }
  }

  @Test
  void a_read_whose_connection_closed_is_read_again_once() {
    given().get("/members/ZZA").then().statusCode(200).body(containsString("Land ZZA"));
    // Five reads (the member, its status history, eligibility, plans, IRM records), each
    // closed once, then answered.
    assertEquals(10, FakeApi.asked(FakeApi.Misbehaviour.CLOSE_FIRST));
  }
}

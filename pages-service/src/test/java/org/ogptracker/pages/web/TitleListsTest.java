package org.ogptracker.pages.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A search's results are shown by their titles: the page asks the API for its commitments
 * without their descriptions (several kilobytes each, read and sent for nothing).
 */
@QuarkusTest
@TestProfile(TitleListsTest.PlainApi.class)
class TitleListsTest {
  private static final FakeApi.Misbehaviour API = FakeApi.Misbehaviour.NONE;

  public static class PlainApi implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return FakeApi.config(API);
    }
  }

  @Test
  void a_search_reads_its_commitments_without_their_descriptions() {
    given().get("/?q=water").then().statusCode(200);
    List<String> searches = FakeApi.askedUris(API).stream()
        .filter(u -> u.startsWith("/api/v1/commitments?") && u.contains("q=water")).toList();
    assertTrue(!searches.isEmpty() && searches.stream().allMatch(u -> u.contains("descriptions=none")),
        "the search's reads: " + searches);
  }
}

package org.ogptracker.platform.testing;

import static io.restassured.RestAssured.given;

/** IRM reports as tests need them published: the four eyes publication asks for. */
public final class TestReviews {
  private TestReviews() {}

  /**
   * A second reviewer, one who wrote none of it, approves the IRM draft as it stands (its ETag
   * read first), through the API the test talks to (RestAssured's base URI and port).
   */
  public static void approve(String report) {
    String second = TestTokens.bearer(TestTokens.reviewer());
    String etag = given().header("Authorization", second).get("/api/v1/reports/" + report)
        .then().statusCode(200).extract().header("ETag");
    given().header("Authorization", second).header("If-Match", etag)
        .post("/api/v1/reports/" + report + "/approval").then().statusCode(200);
  }
}

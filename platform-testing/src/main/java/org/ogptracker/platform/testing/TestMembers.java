package org.ogptracker.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.concurrent.ThreadLocalRandom;

/** Member codes for tests that register members over HTTP (RestAssured's base URI). */
public final class TestMembers {
  private TestMembers() {}

  /**
   * A national code no member has yet: {@code first} and two random letters. Each test module
   * takes its own first letter, so modules sharing a test database never collide.
   */
  public static String freshCode(char first) {
    while (true) {
      ThreadLocalRandom r = ThreadLocalRandom.current();
      String code = "" + first + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
      if (given().get("/api/v1/countries/" + code).statusCode() == 404) {
        return code;
      }
    }
  }
}

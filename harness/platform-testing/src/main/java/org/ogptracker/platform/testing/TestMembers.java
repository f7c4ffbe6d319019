package org.ogptracker.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Member codes for tests, from spaces that never meet, whatever the order or the seed.
 *
 * <ul>
 *   <li>Codes written into a test (a code that must stay absent, an import's rows) start with
 *       {@value #FIXED_PREFIX}: ISO 3166-1 leaves AAA-AAZ to user assignment, so no country and
 *       no row of the OGP export has one.
 *   <li>Generated codes start with the letter of the test module that makes them, never A:
 *       countries-service Q, commitments-service Z, reports-service Y, notifications-service X,
 *       gateway W, end-to-end V.
 *       Modules share Kafka topics (reports-service's tests read what commitments-service's
 *       published), so each keeps to its letter.
 *   <li>One test JVM never hands out a code twice.
 * </ul>
 */
public final class TestMembers {
  /** What every code written into a test starts with; no generated code does. */
  public static final String FIXED_PREFIX = "AA";
  private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

  private TestMembers() {}

  /**
   * A national code (first letter and two more) that this JVM has not handed out and that no
   * member has yet (asked over HTTP, of RestAssured's base URI).
   */
  public static String freshCode(char first) {
    while (true) {
      String code = unissued(first, 3);
      if (given().get("/api/v1/countries/" + code).statusCode() == 404) {
        return code;
      }
    }
  }

  /**
   * A four-letter code this JVM has not handed out, for tests that announce members by event
   * (a replica's member, a plan's owner) and have no countries-service to ask.
   */
  public static String freshLocalCode(char first) {
    return unissued(first, 4);
  }

  static String unissued(char first, int length) {
    if (first < 'B' || first > 'Z') {
      throw new IllegalArgumentException("generated codes start with B-Z, not '" + first
          + "': codes starting with " + FIXED_PREFIX + " are the tests' fixed ones");
    }
    int space = (int) Math.pow(26, length - 1);
    for (int tries = 0; tries < 20 * space; tries++) {
      ThreadLocalRandom r = ThreadLocalRandom.current();
      StringBuilder code = new StringBuilder().append(first);
      for (int i = 1; i < length; i++) {
        code.append((char) ('A' + r.nextInt(26)));
      }
      if (ISSUED.add(code.toString())) {
        return code.toString();
      }
    }
    throw new IllegalStateException("no " + length + "-letter code starting with " + first
        + " left in this JVM (" + ISSUED.size() + " handed out)");
  }
}

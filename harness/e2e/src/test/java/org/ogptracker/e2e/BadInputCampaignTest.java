package org.ogptracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.ogptracker.e2e.ApiOperations.Operation;

/**
 * A generated campaign of bad requests over every operation of the merged OpenAPI document,
 * through the gateway: wrong types, missing and extra fields, unknown enum values, huge strings
 * and arrays, deep JSON, invalid UTF-8, bad cursors, path tricks, wrong content types, bodies
 * over the limit, bad and foreign tokens. No answer is a 5xx, every error is problem+json, every
 * bad write is refused, and after the campaign every list reads exactly as before.
 */
class BadInputCampaignTest {
  private static List<Operation> operations;
  private static CampaignFixture fixture;
  private static Map<String, String> before;
  private static final Set<String> PROBED = ConcurrentHashMap.newKeySet();
  private static final Map<String, Integer> STATUSES = new ConcurrentHashMap<>();
  private static volatile boolean aTryFailed;

  @BeforeProperty
  void setUp() throws Exception {
    if (operations == null) {
      Suite.start();
      operations = ApiOperations.of(gateway());
      fixture = CampaignFixture.create();
      before = snapshot();
    }
  }

  @Property(tries = 2500, shrinking = net.jqwik.api.ShrinkingMode.OFF)
  void bad_requests_are_refused_with_a_problem_and_change_nothing(
      @ForAll("badRequests") Probe probe) throws Exception {
    aTryFailed = true; // until every check below passed
    Probe.Answer answer = probe.send(gateway(), fixture);
    PROBED.add(probe.op().toString());
    STATUSES.merge(answer.status() + " " + probe.mutation().split(" ")[0], 1, Integer::sum);
    assertTrue(answer.status() < 500, () -> answer.status() + " " + answer.body());
    if (probe.op().writes()) {
      assertTrue(answer.status() >= 400, () -> "a bad write was accepted: " + answer.status()
          + " " + answer.body());
    }
    if (answer.status() >= 400) {
      assertTrue(answer.contentType().startsWith("application/problem+json"),
          () -> answer.status() + " answered as " + answer.contentType() + ": " + answer.body());
      JsonNode problem = answer.json();
      assertTrue(problem != null && problem.path("status").asInt() == answer.status()
          && !problem.path("title").asText().isEmpty(), () -> "not a problem: " + answer.body());
    }
    aTryFailed = false;
  }

  @Provide
  Arbitrary<Probe> badRequests() {
    BadRequests bad = new BadRequests(fixture);
    return Arbitraries.of(operations).flatMap(bad::of);
  }

  @AfterProperty
  void nothingChanged() throws Exception {
    System.out.println("Campaign answers (status, mutation kind): " + new TreeMap<>(STATUSES));
    if (aTryFailed) {
      return; // the failing try is the report; the rest of the campaign did not run
    }
    assertEquals(operations.stream().map(Operation::toString).collect(
        java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
        new java.util.TreeSet<>(PROBED), "every operation of the document was probed");
    assertEquals(before, snapshot(), "every list and resource reads as before the campaign");
  }

  /**
   * A checksum of what every read operation answers (path parameters from the fixture, list
   * pages followed to the end), keyed by path.
   */
  private static Map<String, String> snapshot() throws Exception {
    Map<String, String> sums = new TreeMap<>();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (Operation op : operations) {
      // The change feed is a log of everything the services publish, which their own timers
      // (reports-service's deadline check) add to at any time: not state a bad request could
      // have changed. (A refused write publishes nothing: its outbox row is rolled back with it.)
      if (op.writes() || op.follows() || op.streams()) {
        continue;
      }
      MessageDigest digest = sha256();
      String next = fixture.fill(op.path());
      for (int page = 0; next != null && page < 100; page++) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway() + next))
            .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        digest.update((r.statusCode() + " " + r.body()).getBytes(StandardCharsets.UTF_8));
        next = nextLink(r.body());
      }
      sums.put(op.path(), HexFormat.of().formatHex(digest.digest()));
    }
    return sums;
  }

  private static String nextLink(String body) {
    try {
      JsonNode next = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body)
          .path("next");
      return next.isTextual() ? URI.create(next.asText()).getRawPath()
          + (URI.create(next.asText()).getRawQuery() == null ? ""
          : "?" + URI.create(next.asText()).getRawQuery()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String gateway() {
    return io.restassured.RestAssured.baseURI;
  }
}

package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.countries.api.Api.freshCode;
import static org.ogptracker.countries.api.Api.newMemberJson;
import static org.ogptracker.countries.api.Api.registered;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ogptracker.countries.events.CountryEvents;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.TestTokens;

@QuarkusTest
class ConcurrencyTest {
  static final int WRITERS = 20;

  /** Runs {@code WRITERS} copies of {@code request} at once; returns their status codes. */
  static List<Integer> atOnce(Callable<Integer> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return request.call();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  static Map<Integer, Long> counts(List<Integer> statuses) {
    return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void concurrent_updates_with_the_same_if_match_exactly_one_wins() throws Exception {
    String code = registered("Europe", "active");
    String token = TestTokens.bearer(TestTokens.admin());
    var counter = new java.util.concurrent.atomic.AtomicInteger();
    List<Integer> statuses = atOnce(() -> given().header("Authorization", token)
        .contentType(ContentType.JSON).header("If-Match", "\"0\"")
        .body("{\"name\":\"Writer " + counter.incrementAndGet() + "\"}")
        .patch("/api/v1/countries/" + code).statusCode());
    assertEquals(Map.of(200, 1L, 412, (long) WRITERS - 1), counts(statuses));
    given().get("/api/v1/countries/" + code).then().header("ETag", "\"1\"");
  }

  @Test
  void concurrent_posts_with_one_idempotency_key_register_once() throws Exception {
    String code = freshCode();
    String token = TestTokens.bearer(TestTokens.admin());
    String body = newMemberJson(code, "Racingland", "Americas", "active");
    try (PublishedEvents events = PublishedEvents.from(CountryEvents.TOPIC)) {
      List<Integer> statuses = atOnce(() -> given().header("Authorization", token)
          .contentType(ContentType.JSON).header("Idempotency-Key", "race-" + code).body(body)
          .post("/api/v1/countries").statusCode());
      assertEquals(Map.of(201, (long) WRITERS), counts(statuses));
      events.await(e -> code.equals(e.key()) && e.type().equals(CountryEvents.REGISTERED));
      long registeredEvents = events.all(java.time.Duration.ofSeconds(1)).stream()
          .filter(e -> code.equals(e.key()) && e.type().equals(CountryEvents.REGISTERED)).count();
      assertEquals(1, registeredEvents);
    }
    given().get("/api/v1/countries/" + code + "/status-history").then().body("items", hasSize(1));
  }

  @Test
  void a_members_events_arrive_once_each_in_commit_order() {
    String code = registered("Asia and the Pacific", "active");
    try (PublishedEvents events = PublishedEvents.from(CountryEvents.TOPIC)) {
      for (int i = 1; i <= 10; i++) {
        Api.asAdmin().header("If-Match", "\"" + (i - 1) + "\"")
            .body("{\"name\":\"Name " + i + "\"}").patch("/api/v1/countries/" + code)
            .then().statusCode(200).body("name", equalTo("Name " + i));
      }
      List<String> names = events.await(e -> code.equals(e.key())
          && e.type().equals(CountryEvents.UPDATED), 10).stream()
          .map(e -> e.data().get("name").asText()).toList();
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        expected.add("Name " + i);
      }
      assertEquals(expected, names);
      List<Long> versions = events.all(java.time.Duration.ofMillis(500)).stream()
          .filter(e -> code.equals(e.key()) && e.type().equals(CountryEvents.UPDATED))
          .map(e -> e.data().get("version").asLong()).toList();
      assertEquals(10, versions.size(), "no event published twice");
      assertEquals(versions.stream().sorted().toList(), versions);
    }
  }
}

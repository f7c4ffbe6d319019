package org.ogptracker.pages.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pages made are kept for ogp.pages.cache-ttl (here 4 s) by address and language: readers of a
 * kept page cost the API nothing, readers who ask together for a page not kept wait for one
 * making, a page read after half its time is made again in the background, and a page the API
 * could not give is not kept. Each test has members of its own.
 */
@QuarkusTest
@TestProfile(KeptPagesTest.Kept.class)
class KeptPagesTest {
  private static final FakeApi.Misbehaviour API = FakeApi.Misbehaviour.FAIL_FIRST;
  /** A member page reads five things: the member, status history, eligibility, plans, IRM. */
  private static final int READS = 5;

  public static class Kept implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> config = new HashMap<>(FakeApi.config(API));
      config.put("ogp.pages.cache-ttl", "4s");
      return config;
    }
  }

  /** The API's first answer to each address is a 503: the first reading of a page fails. */
  private static void failOnce(String path) {
    given().get(path).then().statusCode(503);
  }

  @Test
  void readers_together_wait_for_one_making_and_later_readers_get_the_kept_page()
      throws Exception {
    failOnce("/members/ZZB");
    int before = FakeApi.asked(API);
    ExecutorService readers = Executors.newFixedThreadPool(12);
    try {
      List<CompletableFuture<String>> pages = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        pages.add(CompletableFuture.supplyAsync(() -> given().get("/members/ZZB").then()
            .statusCode(200).body(containsString("Land ZZB")).extract().header("ETag"),
            readers));
      }
      Set<String> etags = pages.stream().map(CompletableFuture::join)
          .collect(Collectors.toSet());
      assertEquals(1, etags.size(), etags.toString());
    } finally {
      readers.shutdown();
    }
    assertEquals(before + READS, FakeApi.asked(API), "twelve readers, one making");
    given().get("/members/ZZB").then().statusCode(200);
    given().header("If-None-Match", "\"other\"").get("/members/ZZB").then().statusCode(200);
    assertEquals(before + READS, FakeApi.asked(API), "kept");
  }

  @Test
  void each_language_is_a_page_of_its_own_and_a_kept_page_is_made_again_after_its_time()
      throws Exception {
    failOnce("/members/ZZC");
    int before = FakeApi.asked(API);
    given().get("/members/ZZC").then().statusCode(200).header("Content-Language", "en");
    given().queryParam("lang", "fr").get("/members/ZZC").then().statusCode(200)
        .header("Content-Language", "fr");
    given().header("Accept-Language", "fr").get("/members/ZZC").then().statusCode(200)
        .header("Content-Language", "fr");
    assertEquals(before + 2 * READS, FakeApi.asked(API), "English and French, each made once");
    Thread.sleep(4_500);
    given().get("/members/ZZC").then().statusCode(200);
    assertEquals(before + 3 * READS, FakeApi.asked(API), "made again after 4 s");
  }

  @Test
  void a_page_read_after_half_its_time_is_made_again_while_readers_get_the_kept_one()
      throws Exception {
    failOnce("/members/ZZE");
    int before = FakeApi.asked(API);
    given().get("/members/ZZE").then().statusCode(200);
    Thread.sleep(2_300);
    given().get("/members/ZZE").then().statusCode(200);
    long deadline = System.nanoTime() + 3_000_000_000L;
    while (FakeApi.asked(API) < before + 2 * READS && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(before + 2 * READS, FakeApi.asked(API), "made again in the background");
    given().get("/members/ZZE").then().statusCode(200);
    assertEquals(before + 2 * READS, FakeApi.asked(API), "and kept");
  }

  @Test
  void parameters_a_page_does_not_read_make_no_page_of_their_own() {
    failOnce("/members/ZZF");
    int before = FakeApi.asked(API);
    given().get("/members/ZZF").then().statusCode(200);
    for (int i = 0; i < 5; i++) {
      given().queryParam("utm_source", "crawler-" + i).queryParam("x" + i, i)
          .get("/members/ZZF").then().statusCode(200).body(containsString("Land ZZF"));
    }
    assertEquals(before + READS, FakeApi.asked(API), "one page, whatever else its address held");
  }

  @Test
  void a_page_the_api_could_not_give_is_not_kept() {
    failOnce("/members/ZZD");
    // The failed making was not kept: the next reader's page is made (and the API answers).
    given().get("/members/ZZD").then().statusCode(200).body(containsString("Land ZZD"));
  }
}

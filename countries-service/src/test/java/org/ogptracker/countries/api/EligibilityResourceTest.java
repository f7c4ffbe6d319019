package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.countries.api.Api.asAdmin;
import static org.ogptracker.countries.api.Api.registered;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogptracker.countries.events.CountryEvents;
import org.ogptracker.platform.testing.PublishedEvents;

@QuarkusTest
class EligibilityResourceTest {

  static String scores(String ft, String ati, String ad, String ce, boolean values) {
    return """
        {"scores":{"fiscal_transparency":%s,"access_to_information":%s,"asset_disclosure":%s,
        "citizen_engagement":%s},"valuesCheckPassed":%s}""".formatted(ft, ati, ad, ce, values);
  }

  @Test
  void lists_the_four_criteria() {
    given().get("/api/v1/eligibility/criteria").then().statusCode(200)
        .body("items.key", contains("fiscal_transparency", "access_to_information",
            "asset_disclosure", "citizen_engagement"))
        .body("items[0].maxPoints", equalTo(4));
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} -> {4}")
  @CsvSource({
      "3,3,3,3,eligible,12,16",
      "3,3,2,3,not_eligible,11,16",
      "3,3,null,3,eligible,9,12",
      "4,4,null,null,insufficient_data,8,8"})
  void the_result_is_derived_from_the_scores(String ft, String ati, String ad, String ce,
      String result, int points, int max) {
    String code = registered("Europe", "active");
    asAdmin().body(scores(ft, ati, ad, ce, true))
        .put("/api/v1/countries/" + code + "/eligibility/2024").then().statusCode(201)
        .body("result", equalTo(result)).body("points", equalTo(points))
        .body("maxPoints", equalTo(max));
  }

  @Test
  void an_eligible_assessment_activates_an_inactive_member_and_is_published() {
    String code = registered("Africa and the Middle East", "inactive");
    try (PublishedEvents events = PublishedEvents.from(CountryEvents.TOPIC)) {
      asAdmin().body(scores("4", "3", "null", "3", true))
          .put("/api/v1/countries/" + code + "/eligibility/2025").then().statusCode(201)
          .header("ETag", "\"0\"")
          .body("result", equalTo("eligible")).body("percent", equalTo(83.3f))
          .body("scores.asset_disclosure", nullValue());
      var assessed = events.await(e -> code.equals(e.key())
          && e.type().equals(CountryEvents.ELIGIBILITY_ASSESSED));
      assertEquals("eligible", assessed.data().get("result").asText());
      assertEquals(2025, assessed.data().get("year").asInt());
      events.await(e -> code.equals(e.key()) && e.type().equals(CountryEvents.STATUS_CHANGED)
          && "active".equals(e.data().get("to").asText()));
    }
    given().get("/api/v1/countries/" + code).then().body("status", equalTo("active"))
        .body("joinedOn", equalTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()));
    given().get("/api/v1/countries/" + code + "/status-history").then()
        .body("items[0].reason", containsString("Eligibility assessment 2025: eligible"));
  }

  @Test
  void replacing_a_year_needs_the_current_etag() {
    String code = registered("Americas", "active");
    String url = "/api/v1/countries/" + code + "/eligibility/2023";
    asAdmin().body(scores("1", "1", "1", "1", true)).put(url).then().statusCode(201);
    asAdmin().header("If-Match", "\"0\"").body(scores("2", "2", "2", "2", true)).put(url)
        .then().statusCode(200).header("ETag", "\"1\"").body("points", equalTo(8));
    asAdmin().header("If-Match", "\"0\"").body(scores("4", "4", "4", "4", true)).put(url)
        .then().statusCode(412);
    asAdmin().body(scores("4", "4", "4", "4", true)).put(url).then().statusCode(428)
        .contentType("application/problem+json");
    asAdmin().header("If-None-Match", "*").body(scores("4", "4", "4", "4", true)).put(url)
        .then().statusCode(412);
    given().get("/api/v1/countries/" + code + "/eligibility").then()
        .body("items", hasSize(1)).body("items[0].points", equalTo(8));
  }

  @Test
  void a_year_is_created_once_when_the_creator_says_so() {
    String code = registered("Americas", "active");
    String url = "/api/v1/countries/" + code + "/eligibility/2022";
    asAdmin().header("If-Match", "\"0\"").body(scores("1", "1", "1", "1", true)).put(url)
        .then().statusCode(412);
    asAdmin().header("If-None-Match", "*").body(scores("1", "1", "1", "1", true)).put(url)
        .then().statusCode(201).header("ETag", "\"0\"");
    given().get("/api/v1/countries/" + code + "/eligibility").then()
        .body("items", hasSize(1)).body("items[0].points", equalTo(4));
  }

  @Test
  void invalid_scores_are_400_and_change_nothing() {
    String code = registered("Europe", "active");
    String url = "/api/v1/countries/" + code + "/eligibility/2024";
    asAdmin().body(scores("5", "3", "3", "3", true)).put(url).then().statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("scores.fiscal_transparency"));
    asAdmin().body("{\"scores\":{\"open_data\":4},\"valuesCheckPassed\":true}").put(url)
        .then().statusCode(400).body("errors[0].field", equalTo("scores.open_data"));
    asAdmin().body("{\"scores\":{\"fiscal_transparency\":\"four\"},\"valuesCheckPassed\":true}")
        .put(url).then().statusCode(400);
    StringBuilder manyKeys = new StringBuilder("{\"valuesCheckPassed\":true,\"scores\":{");
    for (int i = 0; i < 5_000; i++) {
      manyKeys.append(i == 0 ? "" : ",").append("\"criterion_").append(i).append("\":1");
    }
    asAdmin().body(manyKeys.append("}}").toString()).put(url).then().statusCode(400)
        .body("errors", hasSize(1)).body("errors[0].field", equalTo("scores"));
    asAdmin().body("{\"scores\":{}}").put(url).then().statusCode(400)
        .body("errors[0].field", equalTo("valuesCheckPassed"));
    asAdmin().body(scores("3", "3", "3", "3", true))
        .put("/api/v1/countries/" + code + "/eligibility/1999").then().statusCode(400)
        .body("errors[0].field", equalTo("year"));
    asAdmin().body(scores("3", "3", "3", "3", true))
        .put("/api/v1/countries/" + code + "/eligibility/20x4").then().statusCode(400);
    given().get("/api/v1/countries/" + code + "/eligibility").then().body("items", hasSize(0));
  }

  @Test
  void assessing_an_unknown_member_is_a_404() {
    asAdmin().body(scores("3", "3", "3", "3", true))
        .put("/api/v1/countries/AAZZ/eligibility/2024").then().statusCode(404);
  }

  @Test
  void all_assessments_page_by_year_then_code_and_filter() {
    String a = registered("Europe", "active");
    String b = registered("Europe", "active");
    for (String code : List.of(a, b)) {
      for (String year : List.of("2021", "2022")) {
        asAdmin().body(scores("2", "2", "2", "2", true))
            .put("/api/v1/countries/" + code + "/eligibility/" + year).then().statusCode(201);
      }
    }
    given().get("/api/v1/eligibility/assessments?country=" + a).then().statusCode(200)
        .body("items.year", contains(2022, 2021)).body("items.code", everyItem(equalTo(a)));
    // Walk 2022 one row a page: every row once, in code order, across pages.
    List<String> seen = new java.util.ArrayList<>();
    String next = "/api/v1/eligibility/assessments?year=2022&limit=1";
    while (next != null) {
      var page = given().get(next).then().statusCode(200).extract();
      seen.addAll(page.path("items.code"));
      next = page.path("next");
    }
    assertTrue(seen.contains(a) && seen.contains(b), "both members' 2022 rows: " + seen);
    assertEquals(a.compareTo(b) < 0, seen.indexOf(a) < seen.indexOf(b), "code order: " + seen);
    assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no row twice");
    given().accept("text/csv").get("/api/v1/eligibility/assessments?country=" + b).then()
        .statusCode(200).body(containsString(b + ",2022"));
    given().get("/api/v1/eligibility/assessments?year=20x1").then().statusCode(400)
        .contentType("application/problem+json");
    given().get("/api/v1/eligibility/assessments?cursor=garbage").then().statusCode(400);
  }
}

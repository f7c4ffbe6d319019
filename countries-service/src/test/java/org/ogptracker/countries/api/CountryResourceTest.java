package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.countries.api.Api.asAdmin;
import static org.ogptracker.countries.api.Api.freshCode;
import static org.ogptracker.countries.api.Api.newMemberJson;
import static org.ogptracker.countries.api.Api.registered;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogptracker.countries.events.CountryEvents;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.ServiceDatabase;
import org.ogptracker.platform.testing.TestTokens;

@QuarkusTest
class CountryResourceTest {

  @Test
  void registering_a_member_publishes_registered_and_status_changed_events() {
    String code = freshCode();
    try (PublishedEvents events = PublishedEvents.from(CountryEvents.TOPIC)) {
      asAdmin().body(newMemberJson(code, "Testland", "Europe", "eligible"))
          .post("/api/v1/countries").then().statusCode(201)
          .header("Location", "/api/v1/countries/" + code)
          .header("ETag", "\"0\"")
          .body("code", equalTo(code)).body("region", equalTo("Europe"))
          .body("status", equalTo("eligible")).body("kind", equalTo("national"));

      var registered = events.await(e -> code.equals(e.key())
          && e.type().equals(CountryEvents.REGISTERED));
      assertEquals(code, registered.subject());
      assertEquals("/countries-service", registered.source());
      assertEquals("eligible", registered.data().get("status").asText());
      var changed = events.await(e -> code.equals(e.key())
          && e.type().equals(CountryEvents.STATUS_CHANGED));
      assertEquals("eligible", changed.data().get("to").asText());
    }
    given().get("/api/v1/countries/" + code + "/status-history").then().statusCode(200)
        .body("items", hasSize(1)).body("items[0].to", equalTo("eligible"))
        .body("items[0].from", nullValue());
  }

  @Test
  void a_local_member_needs_a_parent_country_and_a_four_letter_code() {
    asAdmin().body("""
        {"code":"AALB","name":"Tirana","kind":"local","region":"Europe"}""")
        .post("/api/v1/countries").then().statusCode(400)
        .body("errors[0].field", equalTo("parentCode"));
    asAdmin().body("""
        {"code":"AAL","name":"Tirana","kind":"local","parentCode":"ALB","region":"Europe"}""")
        .post("/api/v1/countries").then().statusCode(400)
        .body("errors[0].field", equalTo("code"));
  }

  @Test
  void a_taken_code_is_a_409() {
    String code = registered("Americas", "active");
    asAdmin().body(newMemberJson(code, "Again", "Americas", "active"))
        .post("/api/v1/countries").then().statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void writes_need_an_admin_token() {
    String body = newMemberJson(freshCode(), "Nobodyland", "Europe", "active");
    given().contentType(ContentType.JSON).body(body).post("/api/v1/countries").then()
        .statusCode(401).contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
    given().header("Authorization", TestTokens.bearer(TestTokens.government("ALB")))
        .contentType(ContentType.JSON).body(body).post("/api/v1/countries").then()
        .statusCode(403).contentType("application/problem+json");
    given().header("Authorization", TestTokens.bearer(TestTokens.expired("admin")))
        .contentType(ContentType.JSON).body(body).post("/api/v1/countries").then()
        .statusCode(401);
    given().header("Authorization", "Bearer not.a.token")
        .contentType(ContentType.JSON).body(body).post("/api/v1/countries").then()
        .statusCode(401);
  }

  @Test
  void bad_input_is_a_400_problem_and_changes_nothing() {
    String code = freshCode();
    String[] bodies = {
        "{\"code\":\"" + code + "\",\"name\":",                                       // bad JSON
        newMemberJson(code, "Testland", "Atlantis", "active"),                         // unknown region
        newMemberJson(code, "Testland", "Europe", "dormant"),                          // unknown status
        "{\"code\":\"" + code + "\",\"name\":\"T\",\"kind\":\"national\",\"region\":\"Europe\",\"x\":1}",
        "{\"code\":\"; drop table member; --\",\"name\":\"T\",\"kind\":\"national\",\"region\":\"Europe\"}",
        "{\"code\":\"" + code + "\",\"name\":\"\",\"kind\":\"national\",\"region\":\"Europe\"}",
        "{\"code\":\"" + code + "\",\"name\":[1],\"kind\":\"national\",\"region\":\"Europe\"}",
        "[]",
        ""};
    for (String body : bodies) {
      asAdmin().body(body).post("/api/v1/countries").then()
          .statusCode(400).contentType("application/problem+json")
          .body("type", startsWith("urn:ogp-tracker:problem:"))
          .body("status", equalTo(400)).body("detail", notNullValue());
    }
    given().get("/api/v1/countries/" + code).then().statusCode(404);
  }

  @Test
  void unknown_region_names_the_field_and_the_allowed_values() {
    asAdmin().body(newMemberJson(freshCode(), "Testland", "Atlantis", "active"))
        .post("/api/v1/countries").then().statusCode(400)
        .body("errors[0].field", equalTo("region"))
        .body("errors[0].message", containsString("Asia and the Pacific"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"; drop table member", "alb", "ABCDE", "A1B"})
  void a_malformed_code_in_the_path_is_a_400(String code) {
    given().get("/api/v1/countries/{code}", code).then().statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void an_unknown_member_is_a_404_problem() {
    given().get("/api/v1/countries/AAZZ").then().statusCode(404)
        .contentType("application/problem+json").body("detail", containsString("AAZZ"));
  }

  @Test
  void patch_changes_status_with_history_and_stale_if_match_gets_412() {
    String code = registered("Europe", "active");
    String etag = given().get("/api/v1/countries/" + code).then().statusCode(200)
        .extract().header("ETag");
    try (PublishedEvents events = PublishedEvents.from(CountryEvents.TOPIC)) {
      asAdmin().header("If-Match", etag)
          .body("{\"status\":\"inactive\",\"statusReason\":\"No action plan for 4 years\"}")
          .patch("/api/v1/countries/" + code).then().statusCode(200)
          .body("status", equalTo("inactive")).header("ETag", "\"1\"");
      var changed = events.await(e -> code.equals(e.key())
          && e.type().equals(CountryEvents.STATUS_CHANGED) && "inactive".equals(e.data().get("to").asText()));
      assertEquals("active", changed.data().get("from").asText());
    }
    asAdmin().header("If-Match", etag).body("{\"name\":\"Renamed\"}")
        .patch("/api/v1/countries/" + code).then().statusCode(412)
        .contentType("application/problem+json");
    given().get("/api/v1/countries/" + code).then().body("name", equalTo("Testland " + code));
    given().get("/api/v1/countries/" + code + "/status-history").then()
        .body("items.reason", contains("No action plan for 4 years", "registered"));
  }

  @Test
  void a_read_of_the_version_the_client_holds_is_304_without_a_body() {
    String code = registered("Europe", "active");
    given().header("If-None-Match", "\"0\"").get("/api/v1/countries/" + code).then()
        .statusCode(304).header("ETag", "\"0\"").body(equalTo(""));
    given().header("If-None-Match", "W/\"7\", W/\"0\"").get("/api/v1/countries/" + code).then()
        .statusCode(304);
    given().header("If-None-Match", "\"7\"").get("/api/v1/countries/" + code).then()
        .statusCode(200).body("code", equalTo(code));
    asAdmin().header("If-Match", "\"0\"").body("{\"name\":\"Renamed\"}")
        .patch("/api/v1/countries/" + code).then().statusCode(200);
    given().header("If-None-Match", "\"0\"").get("/api/v1/countries/" + code).then()
        .statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Renamed"));
  }

  @Test
  void the_status_history_is_append_only_in_the_database_too() throws Exception {
    String code = registered("Europe", "active");
    ServiceDatabase.assertRefused("the status history is append-only", code,
        "update member_status_change set reason = 'Rewritten' where member_code = ?",
        "delete from member_status_change where member_code = ?");
    ServiceDatabase.assertRefused("the status history is append-only", null,
        "truncate member_status_change");
    given().get("/api/v1/countries/" + code + "/status-history").then()
        .body("items.reason", contains("registered"));
  }

  @Test
  void a_patch_without_if_match_is_428_and_changes_nothing() {
    String code = registered("Europe", "active");
    asAdmin().body("{\"name\":\"Renamed\"}").patch("/api/v1/countries/" + code).then()
        .statusCode(428).contentType("application/problem+json")
        .body("type", equalTo("urn:ogp-tracker:problem:precondition-required"))
        .body("detail", containsString("\"0\""));
    given().get("/api/v1/countries/" + code).then().header("ETag", "\"0\"")
        .body("name", equalTo("Testland " + code));
  }

  @Test
  void replayed_idempotency_key_creates_nothing_and_returns_the_first_response() {
    String code = freshCode();
    String key = "register-" + code;
    String body = newMemberJson(code, "Onceland", "Europe", "active");
    String token = TestTokens.bearer(TestTokens.admin()); // a retry comes from the same client
    Response first = given().header("Authorization", token).contentType(ContentType.JSON)
        .header("Idempotency-Key", key).body(body).post("/api/v1/countries");
    first.then().statusCode(201);
    given().header("Authorization", token).contentType(ContentType.JSON)
        .header("Idempotency-Key", key).body(body).post("/api/v1/countries").then()
        .statusCode(201).header("Idempotent-Replayed", "true")
        .header("Location", first.header("Location"))
        .body("code", equalTo(code));
    given().get("/api/v1/countries/" + code + "/status-history").then().body("items", hasSize(1));
    given().header("Authorization", token).contentType(ContentType.JSON)
        .header("Idempotency-Key", key).body(newMemberJson(code, "Otherland", "Europe", "active"))
        .post("/api/v1/countries").then().statusCode(422);
  }

  @Test
  void lists_filter_and_page_in_code_order() {
    String a = registered("Asia and the Pacific", "under_review");
    String b = registered("Asia and the Pacific", "under_review");
    List<String> all = new ArrayList<>();
    String url = "/api/v1/countries?status=under_review&region=Asia%20and%20the%20Pacific&limit=1";
    while (url != null) {
      var page = given().urlEncodingEnabled(false).get(url).then().statusCode(200)
          .body("items", hasSize(lessThanOrEqualTo(1)))
          .body("items.status", everyItem(equalTo("under_review")))
          .body("items.region", everyItem(equalTo("Asia and the Pacific")))
          .extract();
      all.addAll(page.path("items.code"));
      url = page.path("next");
    }
    assertThat(all, hasItems(a, b));
    assertEquals(all.stream().sorted().toList(), all);
    assertEquals(all.stream().distinct().count(), all.size());
    given().queryParam("q", "testland " + a.toLowerCase()).get("/api/v1/countries").then()
        .body("items.code", contains(a));
  }

  @Test
  void list_answers_csv_when_asked() {
    String code = registered("Americas", "active");
    String csv = given().accept("text/csv").queryParam("q", code).get("/api/v1/countries")
        .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
    assertEquals("code,name,kind,parentCode,region,status,joinedOn",
        csv.lines().findFirst().orElseThrow());
    assertThat(csv, containsString(code + ",Testland " + code
        + ",national,,Americas,active,"));
  }

  @Test
  void bad_filters_and_cursors_are_400_problems() {
    given().queryParam("region", "Mars").get("/api/v1/countries").then().statusCode(400)
        .body("errors[0].field", equalTo("region"));
    given().queryParam("limit", 500).get("/api/v1/countries").then().statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given().queryParam("cursor", "'; select pg_sleep(10); --").get("/api/v1/countries")
        .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    given().queryParam("limit", "ten").get("/api/v1/countries").then().statusCode(400)
        .contentType("application/problem+json");
  }
}

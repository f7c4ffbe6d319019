package org.ogptracker.commitments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.apache.commons.csv.CSVFormat;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogptracker.commitments.service.Descriptions;
import org.ogptracker.platform.testing.TestTokens;

/** The real OGP export, imported once per test run into an empty test database. */
@QuarkusTest
class ImportTest {
  private static boolean imported;
  static final Path EXPORT = Path.of("../deploy/demo-data/open_parliament_0703.csv");

  static io.restassured.response.ValidatableResponse importCsv(byte[] csv) {
    return given().header("Authorization", TestTokens.bearer(TestTokens.admin()))
        .contentType("text/csv").body(csv).post("/api/v1/imports/ogp-export").then();
  }

  @BeforeEach
  void importTheExportOnce() throws Exception {
    if (!imported) {
      importCsv(Files.readAllBytes(EXPORT)).statusCode(200).body("skipped", hasSize(0));
      imported = true;
    }
  }

  @Test
  void a_second_import_changes_nothing() throws Exception {
    importCsv(Files.readAllBytes(EXPORT)).statusCode(200)
        .body("plansCreated", equalTo(0)).body("plansUnchanged", equalTo(214))
        .body("commitmentsCreated", equalTo(0)).body("commitmentsUnchanged", equalTo(558));
  }

  @Test
  void all_558_commitments_and_214_plans_of_the_export_are_listed() throws Exception {
    Set<String> commitments = new HashSet<>();
    Set<String> plans = new HashSet<>();
    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(EXPORT))) {
      parser.forEach(r -> {
        commitments.add(r.get("Commitment Unique Identifier"));
        plans.add(r.get("Action Plan ID"));
      });
    }
    assertEquals(558, commitments.size());
    assertEquals(214, plans.size());
    assertTrue(ids("/api/v1/commitments?limit=200").containsAll(commitments));
    assertTrue(ids("/api/v1/action-plans?limit=200").containsAll(plans));
  }

  @Test
  void plan_ap_alb03_has_commitment_al0050() {
    given().get("/api/v1/action-plans/AP_ALB03").then().statusCode(200)
        .body("memberCode", equalTo("ALB")).body("commitments.id", hasItem("AL0050"));
    given().get("/api/v1/commitments/AL0050").then().statusCode(200)
        .body("planId", equalTo("AP_ALB03"))
        .body("sourceUrl", equalTo("https://opengovpartnership.org/members/albania/commitments/al0050"));
  }

  @Test
  void full_text_search_finds_parliament_and_filters_combine() {
    Set<String> q = ids("/api/v1/commitments?q=parliament&limit=200");
    Set<String> country = ids("/api/v1/commitments?country=MKD&limit=200");
    Set<String> theme = ids("/api/v1/commitments?theme=open_parliaments&limit=200");
    Set<String> all = ids("/api/v1/commitments?q=parliament&country=MKD&theme=open_parliaments&limit=200");
    assertTrue(q.size() > 100, "q=parliament found " + q.size());
    Set<String> expected = new HashSet<>(q);
    expected.retainAll(country);
    expected.retainAll(theme);
    assertFalse(all.isEmpty());
    assertEquals(expected, all);
    given().queryParam("value", "civic_participation").queryParam("challenge", "increasing_public_integrity")
        .queryParam("limit", 200).get("/api/v1/commitments").then()
        .body("items", not(empty()))
        .body("items.ogpValues", everyItem(hasItem("civic_participation")))
        .body("items.grandChallenges", everyItem(hasItem("increasing_public_integrity")));
    given().queryParam("q", "zzqqxxnotaword").get("/api/v1/commitments").then().body("items", hasSize(0));
  }

  @Test
  void search_results_carry_their_descriptions_whole_as_snippets_or_not_at_all() {
    String search = "/api/v1/commitments?q=parliament&limit=100";
    List<Map<String, Object>> full = given().get(search).then().statusCode(200)
        .extract().jsonPath().getList("items");
    List<Map<String, Object>> snippets = given().get(search + "&descriptions=snippet").then()
        .statusCode(200).extract().jsonPath().getList("items");
    List<Map<String, Object>> none = given().get(search + "&descriptions=none").then()
        .statusCode(200).extract().jsonPath().getList("items");
    assertEquals(100, full.size());
    int cut = 0;
    for (int i = 0; i < full.size(); i++) {
      Map<String, Object> whole = full.get(i);
      Map<String, Object> snippet = snippets.get(i);
      assertEquals(whole.get("id"), snippet.get("id"));
      assertEquals(whole.get("title"), none.get(i).get("title"));
      assertFalse(none.get(i).containsKey("description"), "descriptions=none: " + none.get(i));
      String description = (String) whole.get("description");
      String shown = (String) snippet.get("description");
      if (description == null || description.length() <= Descriptions.SNIPPET_LENGTH) {
        assertEquals(description, shown);
        continue;
      }
      cut++;
      assertTrue(shown.endsWith("…") && shown.length() <= Descriptions.SNIPPET_LENGTH + 1, shown);
      String start = shown.substring(0, shown.length() - 1);
      assertTrue(description.startsWith(start), shown);
      assertTrue(start.length() > Descriptions.SNIPPET_LENGTH / 2, shown);
      // Cut where a word ends.
      assertTrue(Character.isWhitespace(description.charAt(start.length()))
          || description.length() == start.length(), shown);
    }
    assertTrue(cut > 50, "long descriptions cut: " + cut);
  }

  @Test
  void plans_filter_by_country_status_and_year() {
    given().queryParam("country", "ALB").queryParam("year", 2015).get("/api/v1/action-plans").then()
        .body("items.id", hasItems("AP_ALB02")).body("items.id", not(hasItem("AP_ALB05")));
    given().queryParam("status", "completed").queryParam("limit", 200).get("/api/v1/action-plans")
        .then().body("items.status", everyItem(equalTo("completed")));
  }

  @Test
  void lists_answer_as_csv() {
    String csv = given().accept("text/csv").queryParam("plan", "AP_ALB03").get("/api/v1/commitments")
        .then().statusCode(200).extract().asString();
    assertTrue(csv.startsWith("id,planId,memberCode,title,description"));
    assertTrue(csv.contains("AL0050,AP_ALB03,ALB,"));
  }

  /** Ids of every item of a list, following next links; fails if an item comes twice. */
  static Set<String> ids(String url) {
    Set<String> ids = new HashSet<>();
    int rows = 0;
    while (url != null) {
      var page = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract();
      java.util.List<String> items = page.path("items.id");
      ids.addAll(items);
      rows += items.size();
      url = page.path("next");
    }
    assertEquals(ids.size(), rows, "no item twice across pages");
    return ids;
  }
}

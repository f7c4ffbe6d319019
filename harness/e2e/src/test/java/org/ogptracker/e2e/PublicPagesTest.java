package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestTokens;

/**
 * The public tracker through the gateway, on the suite's own data: the path a citizen takes (a
 * search, a commitment, its plan, the member), each page's words checked against what the API
 * answers, in the language asked for; a page unchanged is 304 to its ETag; a page that names
 * nothing is a 404 page; the pages are read, never written.
 */
class PublicPagesTest {
  private static String member;
  private static String plan;
  private static String commitment;
  private static String milestone;
  private static String title;

  @BeforeAll
  static void data() {
    Suite.start();
    member = Steps.activeMember();
    String gov = TestTokens.government(member);
    plan = Steps.newPlan(gov, member, "2024", "2026");
    title = "Open parliament votes of " + member;
    commitment = Steps.newCommitment(gov, plan, title, "increasing_public_integrity",
        "civic_participation");
    milestone = Steps.newMilestone(gov, commitment, "Every vote of " + member + " online");
    Steps.as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":40,"
            + "\"note\":\"Half the votes are online\","
            + "\"evidenceUrls\":[\"https://parliament.example/votes?member=" + member + "\"]}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
    // The IRM's record of it, published, shaped as the export's are (relevance: a list).
    Steps.awaitAtReports(plan, commitment);
    Steps.publishedReview(plan, "Reviewed for the pages", commitment, "{\"specificity\":\"high\","
        + "\"relevance\":[\"civic_participation\",\"access_to_information\"],"
        + "\"potentialImpact\":\"moderate\"}");
  }

  /** Whether a path is one of the public pages the gateway passes to pages-service. */
  static boolean isPage(String path) {
    return path.equals("/") || Stream.of("/members/", "/plans/", "/commitments/", "/static/")
        .anyMatch(path::startsWith);
  }

  static Document page(String path, String acceptLanguage) {
    Response r = given().header("Accept-Language", acceptLanguage).get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.asString());
    assertTrue(r.contentType().startsWith("text/html"), r.contentType());
    return Jsoup.parse(r.asString(), RestAssured.baseURI);
  }

  static String href(Document page, String startsWith) {
    Element link = page.selectFirst("main a[href^='" + startsWith + "']");
    assertNotNull(link, "no link to " + startsWith + "* on " + page.location());
    return link.attr("href");
  }

  @Test
  void a_citizen_searches_then_reads_the_commitment_its_plan_and_the_member_as_the_api_says() {
    // The search: what the API finds for the words (a page of 50, as the home page shows), as
    // links, in Spanish (the header asks). Other tests' commitments may match too: ours is
    // among them, and the one followed.
    Document home = page("/?q=" + member, "es-ES,es;q=0.9");
    assertEquals("es", home.selectFirst("html").attr("lang"));
    var apiFound = given().queryParam("q", member).queryParam("limit", 50)
        .get("/api/v1/commitments").then().statusCode(200).extract();
    assertTrue(apiFound.<List<String>>path("items.id").contains(commitment));
    assertEquals(apiFound.<List<String>>path("items.title"),
        home.select("ol.results > li > a").eachText());

    // The commitment: its title, its milestone, the progress reported on it with its evidence.
    Document c = page(href(home, "/commitments/" + commitment + "?"), "es-ES,es;q=0.9");
    Map<String, Object> apiCommitment = given().get("/api/v1/commitments/" + commitment).then()
        .statusCode(200).extract().path("");
    assertEquals(apiCommitment.get("title"), c.selectFirst("h1").text());
    Map<String, Object> update = given().get("/api/v1/milestones/" + milestone + "/progress")
        .then().statusCode(200).extract().path("items[0]");
    Element timeline = c.selectFirst("article.milestone ol.timeline > li");
    assertNotNull(timeline);
    assertTrue(timeline.text().contains((String) update.get("note")), timeline.text());
    assertEquals(((List<?>) update.get("evidenceUrls")).get(0),
        timeline.selectFirst("a").attr("href"));
    assertEquals("40", c.selectFirst("article.milestone progress").attr("value"));
    assertTrue(c.text().contains("Aumentar la integridad pública"), "the grand challenge in "
        + "Spanish");
    // The IRM's indicators as the scorecard gives them (its labels, relevance a list).
    Map<String, Object> irm = given().get("/api/v1/scorecards/" + commitment).then()
        .statusCode(200).extract().path("irm.record");
    assertNotNull(irm, "the published review's record");
    String indicators = c.selectFirst("#scorecard ~ div table").text();
    assertTrue(indicators.contains(((Map<?, ?>) irm.get("specificity")).get("label").toString()),
        indicators);
    for (Object value : (List<?>) irm.get("relevance")) {
      assertTrue(indicators.contains(((Map<?, ?>) value).get("label").toString()), indicators);
    }

    // Its plan: the commitments the API lists for it, each milestone's completion.
    Document p = page(href(c, "/plans/"), "es-ES,es;q=0.9");
    List<String> apiTitles = given().get("/api/v1/action-plans/" + plan).then().statusCode(200)
        .extract().path("commitments.title");
    assertEquals(apiTitles, p.select("article.commitment h3").eachText());
    assertEquals("40", p.selectFirst("article.commitment progress").attr("value"));
    assertFalse(p.select("svg[role=img] title").isEmpty(), "the completion chart");

    // The member: its name, its plans, its eligibility year.
    Document m = page(href(p, "/members/"), "es-ES,es;q=0.9");
    String name = given().get("/api/v1/countries/" + member).then().statusCode(200).extract()
        .path("name");
    assertEquals(name, m.selectFirst("h1").text());
    List<String> apiPlans = given().queryParam("country", member).get("/api/v1/action-plans")
        .then().statusCode(200).extract().path("items.id");
    assertEquals(apiPlans.stream().map(id -> "/plans/" + id + "?lang=es").toList(),
        m.select("#plans ~ div table a[href^='/plans/']").eachAttr("href"));
    assertTrue(m.select("#eligibility ~ div table th[scope=row]").eachText().contains("2025"));

    // Each page is shared with its own title and address, and links to its data.
    assertEquals(m.selectFirst("h1").text(),
        m.selectFirst("meta[property=og:title]").attr("content"));
    assertTrue(m.selectFirst("meta[property=og:url]").attr("content")
        .endsWith("/members/" + member + "?lang=es"));
    for (Element data : m.select("footer a[href^='/api/v1/']")) {
      given().get(data.attr("href")).then().statusCode(200);
    }
  }

  @Test
  void the_switch_and_the_browser_choose_the_language() {
    Response fr = given().header("Accept-Language", "fr-CA,fr;q=0.8").get("/members/" + member);
    fr.then().statusCode(200).header("Content-Language", "fr")
        .header("Vary", containsString("Accept-Language"))
        .header("Content-Security-Policy", containsString("default-src 'none'"));
    assertTrue(fr.asString().contains("Historique du statut"));
    Document en = Jsoup.parse(given().header("Accept-Language", "fr").queryParam("lang", "en")
        .get("/members/" + member).then().statusCode(200).extract().asString());
    assertEquals("en", en.selectFirst("html").attr("lang"));
    assertEquals(List.of("/members/" + member + "?lang=es", "/members/" + member + "?lang=fr"),
        en.select("ul.languages a").eachAttr("href"));
  }

  @Test
  void an_unchanged_page_is_not_sent_again() {
    String etag = given().get("/plans/" + plan + "?lang=fr").then().statusCode(200)
        .extract().header("ETag");
    assertNotNull(etag);
    given().header("If-None-Match", etag).get("/plans/" + plan + "?lang=fr").then()
        .statusCode(304).header("ETag", etag);
    // Another language is another page.
    given().header("If-None-Match", etag).get("/plans/" + plan + "?lang=es").then()
        .statusCode(200);
  }

  @Test
  void a_page_of_nothing_is_not_found_and_pages_are_only_read() {
    given().get("/members/QQQZ?lang=fr").then().statusCode(404)
        .contentType(containsString("text/html")).body(containsString("Introuvable"));
    given().get("/commitments/..%2F..%2Fq%2Fhealth").then().statusCode(404);
    given().body("x").post("/").then().statusCode(405).header("Allow", equalTo("GET, HEAD"));
  }
}

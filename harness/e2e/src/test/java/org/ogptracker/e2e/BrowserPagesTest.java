package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.RepoRoot;
import org.ogptracker.platform.testing.TestTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The public tracker in a real Chromium (Debian's, headless, a phone's screen), through the
 * gateway: a citizen searches "parliament", opens a commitment, its plan, the member, by
 * clicking; each page is what the API says, carries no script (it works without JavaScript), and
 * axe-core finds no WCAG 2.2 A/AA violation on it. The same for a member, plan and commitment of
 * the demo data (the real OGP export). Screenshots of each page are kept in target/screenshots.
 */
class BrowserPagesTest {
  private static final Path SHOTS = Path.of("target/screenshots");
  private static ChromeDriver browser;
  private static String axe;
  private static String member;
  private static String commitment;

  @BeforeAll
  static void start() throws IOException {
    Suite.start();
    member = Steps.activeMember();
    String gov = TestTokens.government(member);
    String plan = Steps.newPlan(gov, member, "2023", "2025");
    commitment = Steps.newCommitment(gov, plan, "A parliament that publishes every vote of "
        + member, "increasing_public_integrity", "access_to_information");
    String milestone = Steps.newMilestone(gov, commitment, "Votes online in open formats");
    Steps.as(gov).body("{\"status\":\"complete\",\"percentComplete\":100,\"note\":\"Done\","
            + "\"evidenceUrls\":[\"https://parliament.example/open-votes\"]}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);

    axe = Files.readString(tool("OGP_AXE", ".local/npm/node_modules/axe-core/axe.min.js"));
    ChromeOptions options = new ChromeOptions()
        .setBinary(tool("OGP_CHROMIUM", "/usr/bin/chromium").toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
            "--disable-gpu", "--window-size=390,844", "--lang=en-US");
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(tool("OGP_CHROMEDRIVER", "/usr/bin/chromedriver").toFile())
        .usingAnyFreePort().withLogFile(new File("target/chromedriver.log")).build();
    browser = new ChromeDriver(driver, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30))
        .scriptTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  /** A tool the test command installs (its variable), else where it puts it. */
  private static Path tool(String variable, String otherwise) {
    Path path = Optional.ofNullable(System.getenv(variable)).map(Path::of)
        .orElse(otherwise.startsWith("/") ? Path.of(otherwise) : RepoRoot.PATH.resolve(otherwise));
    assertTrue(Files.exists(path), path + " is missing: deploy/local/test installs it ("
        + variable + ")");
    return path;
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void a_citizen_follows_a_search_to_a_commitment_its_plan_and_the_member() throws IOException {
    browser.get(RestAssured.baseURI + "/?lang=en");
    check("home");
    browser.findElement(By.id("q")).sendKeys("parliament " + member);
    browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
    check("search");
    List<String> found = browser.findElements(By.cssSelector("ol.results > li > a")).stream()
        .map(a -> a.getText()).toList();
    assertEquals(given().queryParam("q", "parliament " + member).queryParam("limit", 50)
        .get("/api/v1/commitments")
        .then().statusCode(200).extract().<List<String>>path("items.title"), found);

    // Other tests' commitments may match the words too: ours is the one followed.
    browser.findElement(By.cssSelector("ol.results > li > a[href^='/commitments/" + commitment
        + "?']")).click();
    check("commitment");
    assertEquals(given().get("/api/v1/commitments/" + commitment).then().extract()
        .<String>path("title"), browser.findElement(By.tagName("h1")).getText());

    browser.findElement(By.cssSelector("nav.crumbs a[href^='/plans/']")).click();
    check("plan");
    browser.findElement(By.cssSelector("nav.crumbs a[href^='/members/']")).click();
    check("member");
    assertEquals(given().get("/api/v1/countries/" + member).then().extract().<String>path("name"),
        browser.findElement(By.tagName("h1")).getText());

    // The switch: the same page in Spanish.
    browser.findElement(By.cssSelector("ul.languages a[hreflang=es]")).click();
    assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
    check("member-es");
  }

  /**
   * The demo data (the real OGP export, as deploy/local/up loads it): from the home page a reader
   * opens Albania, its latest plan and that plan's first commitment; each page is what the API
   * says, and passes the same checks.
   */
  @Test
  void a_reader_opens_a_member_of_the_demo_data_its_plan_and_a_commitment() throws IOException {
    DemoData.importOnce();
    browser.get(RestAssured.baseURI + "/?lang=en");
    browser.findElement(By.cssSelector("table a[href^='/members/ALB?']")).click();
    check("demo-member");
    assertEquals(given().get("/api/v1/countries/ALB").then().statusCode(200).extract()
        .<String>path("name"), browser.findElement(By.tagName("h1")).getText());
    List<String> plans = browser.findElements(By.cssSelector("#plans ~ div table "
        + "a[href^='/plans/']")).stream().map(a -> a.getAttribute("href")).toList();
    assertEquals(given().queryParam("country", "ALB").get("/api/v1/action-plans").then()
        .statusCode(200).extract().<List<String>>path("items.id").size(), plans.size());
    browser.get(plans.get(plans.size() - 1));
    check("demo-plan");
    String plan = browser.getCurrentUrl().replaceAll(".*/plans/([^?]+).*", "$1");
    List<String> commitments = browser.findElements(By.cssSelector("main a[href^='/commitments/']"))
        .stream().map(a -> a.getAttribute("href").replaceAll(".*/commitments/([^?]+).*", "$1"))
        .distinct().toList();
    assertEquals(given().queryParam("plan", plan).queryParam("limit", 200)
        .get("/api/v1/commitments").then().statusCode(200).extract()
        .<List<String>>path("items.id"), commitments);
    browser.findElement(By.cssSelector("main a[href^='/commitments/" + commitments.get(0)
        + "?']")).click();
    check("demo-commitment");
    assertEquals(given().get("/api/v1/commitments/" + commitments.get(0)).then().extract()
        .<String>path("title"), browser.findElement(By.tagName("h1")).getText());
  }

  /**
   * The page as a reader has it: no script of its own, no accessibility violation axe-core
   * finds (WCAG 2.0-2.2 A and AA), kept as a screenshot.
   */
  private void check(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    JavascriptExecutor js = browser;
    assertEquals(0L, js.executeScript("return document.scripts.length"),
        name + ": the page needs no script");
    js.executeScript(axe);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
            + " 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
            + ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
            + " nodes: v.nodes.map(n => n.target.join(' '))}))))"
            + ".catch(e => done([{id: 'axe-failed', help: String(e), nodes: []}]));");
    assertEquals(List.of(), violations, name + " (" + browser.getCurrentUrl() + ")");
  }
}

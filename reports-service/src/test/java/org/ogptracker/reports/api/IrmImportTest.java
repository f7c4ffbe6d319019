package org.ogptracker.reports.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.csv.CsvRows;
import org.ogptracker.platform.testing.TestTokens;

/**
 * The IRM indicators of the real OGP export, imported through the API: the counts of each code
 * and the starred commitments must be the export's own.
 */
@QuarkusTest
class IrmImportTest {
  static final Path EXPORT = Path.of("../deploy/demo-data/open_parliament_0703.csv");
  static final Map<String, String> LABELS = Map.of("Transformative", "transformative",
      "Moderate", "moderate", "Minor", "minor", "None", "none", "Limited", "limited",
      "Substantial", "substantial", "Complete", "complete", "Not Started", "not_started",
      "Withdrawn", "withdrawn", "Unclear", "unclear");
  static final Map<String, String> SENTINELS = Map.of("ND", "no_data", "NR", "not_reviewed",
      "NA", "not_applicable");

  @Test
  void imports_the_exports_indicators_with_its_counts_and_stars() throws Exception {
    Map<String, Map<String, Long>> expected = new TreeMap<>();
    Set<String> starredMidterm = new TreeSet<>();
    Set<String> starredEndOfTerm = new TreeSet<>();
    Set<String> members = new HashSet<>();
    Map<String, String> columns = Map.of("potentialImpact", "Potential Impact",
        "completionMidterm", "Completion (Progress Report)",
        "completionEndOfTerm", "Completion (End Of Term)");
    try (Reader in = Files.newBufferedReader(EXPORT);
         CsvRows rows = CsvRows.open(in, Set.of("Code"))) {
      for (CsvRows.Row row : rows) {
        members.add(row.get("Code"));
        columns.forEach((key, column) -> {
          String v = row.get(column);
          String code = SENTINELS.getOrDefault(v, LABELS.get(v));
          expected.computeIfAbsent(key, k -> new TreeMap<>()).merge(code, 1L, Long::sum);
        });
        if ("1".equals(row.get("Starred (Current Formula) Progress Report"))) {
          starredMidterm.add(row.get("Commitment Unique Identifier"));
        }
        if ("1".equals(row.get("Starred (Current Formula) End of Term"))) {
          starredEndOfTerm.add(row.get("Commitment Unique Identifier"));
        }
      }
    }

    Response first = importExport();
    first.then().statusCode(200).body("commitments", equalTo(558))
        .body("skipped.size()", equalTo(0)).body("warnings.size()", equalTo(0));
    int reports = first.<Integer>path("reportsCreated") + first.<Integer>path("reportsUnchanged");
    importExport().then().statusCode(200).body("reportsCreated", equalTo(0))
        .body("reportsUnchanged", equalTo(reports));

    Map<String, Map<String, Long>> counted = new TreeMap<>();
    long commitments = 0;
    for (String member : members) {
      Response counts = given().get("/api/v1/assessments/counts?country=" + member);
      commitments += counts.<Integer>path("commitments");
      for (String key : columns.keySet()) {
        Map<String, Integer> byCode = counts.path("indicators." + key);
        byCode.forEach((code, n) -> counted.computeIfAbsent(key, k -> new TreeMap<>())
            .merge(code, (long) n, Long::sum));
      }
    }
    assertEquals(558, commitments);
    assertEquals(expected, counted);
    assertEquals(starredMidterm, starred("midterm"));
    // AR0045: starred by the export without a specificity; see reports-service/README.md
    Set<String> endOfTerm = new TreeSet<>(starredEndOfTerm);
    endOfTerm.remove("AR0045");
    assertEquals(endOfTerm, starred("end_of_term"));
  }

  private static Response importExport() throws Exception {
    return given().header("Authorization", TestTokens.bearer(TestTokens.admin()))
        .contentType("text/csv").body(Files.readAllBytes(EXPORT))
        .post("/api/v1/imports/ogp-export");
  }

  /**
   * Every starred commitment at {@code stage} that is no test's: test members start with Y (this
   * module's) or Z (commitments-service's tests, whose events share the test topic).
   */
  private static Set<String> starred(String stage) {
    Set<String> ids = new TreeSet<>();
    String next = "/api/v1/assessments?starred=true&stage=" + stage + "&limit=200";
    while (next != null) {
      Response page = given().get(next);
      page.then().statusCode(200);
      List<String> items = page.path("items.commitmentId");
      items.stream().filter(id -> !id.startsWith("Y") && !id.startsWith("Z")).forEach(ids::add);
      next = page.path("next");
    }
    return ids;
  }
}

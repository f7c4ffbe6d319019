package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.TestTokens;

@QuarkusTest
class ImportResourceTest {
  static final Path EXPORT = Path.of("../deploy/demo-data/open_parliament_0703.csv");

  static io.restassured.response.ValidatableResponse importCsv(byte[] csv) {
    return given().header("Authorization", TestTokens.bearer(TestTokens.admin()))
        .contentType("text/csv").body(csv).post("/api/v1/imports/ogp-export").then();
  }

  @Test
  void imports_the_75_members_of_the_export_once_and_pages_through_them() throws IOException {
    byte[] csv = Files.readAllBytes(EXPORT);
    int created = importCsv(csv).statusCode(200).body("skipped", hasSize(0)).extract().path("created");
    int unchanged = importCsv(csv).statusCode(200).body("created", equalTo(0))
        .extract().path("unchanged");
    assertEquals(75, unchanged);
    assertEquals(true, created == 75 || created == 0, "first import created " + created);

    Set<String> codes = new TreeSet<>();
    String url = "/api/v1/countries?limit=20";
    int pages = 0;
    while (url != null) {
      var page = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract();
      codes.addAll(page.path("items.code"));
      url = page.path("next");
      pages++;
    }
    Set<String> exportCodes = exportCodes(new String(csv, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(75, exportCodes.size());
    assertEquals(true, codes.containsAll(exportCodes), "every export member is listed");
    assertEquals(true, pages >= 4);

    given().get("/api/v1/countries/ARBA").then().statusCode(200)
        .body("kind", equalTo("local")).body("parentCode", equalTo("ARG"))
        .body("status", equalTo("active")).body("name", equalTo("Buenos Aires, Argentina"))
        .body("joinedOn", org.hamcrest.Matchers.nullValue()); // the export does not say when
    given().get("/api/v1/countries/XKX").then().body("kind", equalTo("national"))
        .body("region", equalTo("Europe"));
  }

  @Test
  void a_malformed_row_is_reported_with_its_line_and_the_rest_imported() {
    String csv = "Country/Locality,Code,Region,National Or Local\n"
        + "Atlantis,AAT,Atlantic,National\n"
        + "\"Quuxland,\nmulti-line\",AAX,Europe,National\n"
        + ",AAY,Europe,National\n";
    importCsv(csv.getBytes()).statusCode(200)
        .body("skipped.line", org.hamcrest.Matchers.contains(2, 5))
        .body("skipped[0].message", equalTo("unknown region 'Atlantic'"));
    given().get("/api/v1/countries/AAX").then().statusCode(200);
    given().get("/api/v1/countries/AAT").then().statusCode(404);
  }

  @Test
  void import_needs_an_admin_and_a_csv_header() {
    given().contentType("text/csv").body("a,b\n").post("/api/v1/imports/ogp-export").then()
        .statusCode(401);
    importCsv("Name,Other\nx,y\n".getBytes()).statusCode(400)
        .contentType("application/problem+json");
  }

  /** Codes straight from the file, read without the importer's CSV code. */
  static Set<String> exportCodes(String csv) {
    Set<String> codes = new TreeSet<>();
    Pattern code = Pattern.compile(",([A-Z]{3,4}),(Europe|Americas|Asia and the Pacific|Africa and the Middle East),");
    var m = code.matcher(csv);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    codes.addAll(found);
    return codes;
  }
}

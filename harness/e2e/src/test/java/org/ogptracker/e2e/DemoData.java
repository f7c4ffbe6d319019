package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.util.List;
import org.ogptracker.platform.testing.RepoRoot;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestTokens;

/**
 * The demo data: the real OGP export (deploy/demo-data), imported into the suite's three
 * services as deploy/local/up imports it, once per run. The tests' own members take codes the
 * API has not issued (Steps.activeMember, TestMembers), so they never meet its members.
 */
final class DemoData {
  static final Path EXPORT = RepoRoot.PATH.resolve("deploy/demo-data/open_parliament_0703.csv");
  private static boolean imported;

  private DemoData() {}

  static synchronized void importOnce() {
    if (imported) {
      return;
    }
    for (String service : List.of("countries-service", "commitments-service",
        "reports-service")) {
      given().baseUri(SuiteProcesses.url(service)).auth().oauth2(TestTokens.admin())
          .contentType("text/csv").body(EXPORT.toFile())
          .post("/api/v1/imports/ogp-export").then().statusCode(200);
    }
    imported = true;
  }
}

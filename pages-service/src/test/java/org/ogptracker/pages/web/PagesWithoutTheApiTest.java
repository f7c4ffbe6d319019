package org.ogptracker.pages.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogptracker.ports.FreePorts;

/**
 * The pages with the API out of reach (every service's address refuses connections): each says
 * so in the reader's language with 503, never a stack trace; a path that names nothing a member,
 * plan or commitment could be is 404 without asking the API.
 */
@QuarkusTest
@TestProfile(PagesWithoutTheApiTest.NoApi.class)
class PagesWithoutTheApiTest {
  public static class NoApi implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String nowhere = "http://127.0.0.1:" + FreePorts.refusing();
      return Map.of("quarkus.rest-client.countries.url", nowhere,
          "quarkus.rest-client.commitments.url", nowhere,
          "quarkus.rest-client.reports.url", nowhere);
    }
  }

  @Test
  void each_page_says_the_data_is_unavailable_in_the_readers_language() {
    for (String path : new String[] {"/", "/members/ALB", "/plans/AP_ALB03",
        "/commitments/AL0050"}) {
      given().header("Accept-Language", "fr-FR,fr;q=0.9").get(path).then().statusCode(503)
          .contentType(containsString("text/html"))
          .header("Content-Language", equalTo("fr"))
          .body(containsString("<html lang=\"fr\">"))
          .body(containsString("Indisponible pour le moment"))
          .body(not(containsString("Exception")));
    }
  }

  @Test
  void a_path_that_names_nothing_is_not_found_without_asking_the_api() {
    for (String path : new String[] {"/members/alb", "/members/ALBANIA",
        "/plans/" + "x".repeat(80), "/commitments/AL0050%3Cscript%3E"}) {
      given().queryParam("lang", "es").get(path).then().statusCode(404)
          .body(containsString("No encontrado"))
          .body(not(containsString("<script>")));
    }
  }
}

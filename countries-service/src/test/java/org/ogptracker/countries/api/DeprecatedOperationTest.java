package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What a client sees of an operation marked for removal ({@link RetiringResource}): the RFC 9745
 * and RFC 8594 headers on its answers, and the OpenAPI document marking it deprecated and
 * declaring them, so a generated client warns at compile time.
 */
@QuarkusTest
class DeprecatedOperationTest {
  @Test
  void its_answers_say_since_when_until_when_and_where_to_read_more() {
    given().get("/test/retiring").then().statusCode(200)
        .header("Deprecation", "@1801353600")
        .header("Sunset", "Sat, 31 Jul 2027 00:00:00 GMT")
        .header("Link", "<https://example.org/changelog#2-0-0>; rel=\"deprecation\"");
  }

  @Test
  void other_operations_send_none_of_them() {
    given().get("/api/v1/eligibility/criteria").then().statusCode(200)
        .header("Deprecation", nullValue()).header("Sunset", nullValue());
  }

  @Test
  void the_document_marks_it_deprecated_and_declares_its_headers() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body("paths.'/test/retiring'.get.deprecated", equalTo(true))
        .body("paths.'/test/retiring'.get.responses.'200'.headers.keySet()",
            hasItems("Deprecation", "Sunset", "Link"))
        .body("paths.'/api/v1/eligibility/criteria'.get.deprecated", equalTo(null));
  }
}

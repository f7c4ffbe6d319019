package org.ogptracker.countries.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/** Requests the countries tests share: tokens, fresh member codes, registration. */
public final class Api {
  private Api() {}

  public static RequestSpecification asAdmin() {
    return given().header("Authorization", TestTokens.bearer(TestTokens.admin()))
        .contentType(ContentType.JSON);
  }

  /** A national code no member of the test database has yet. */
  public static String freshCode() {
    return TestMembers.freshCode('Q');
  }


  public static String newMemberJson(String code, String name, String region, String status) {
    return """
        {"code":"%s","name":"%s","kind":"national","region":"%s","status":"%s"}"""
        .formatted(code, name, region, status);
  }

  /** Registers a fresh national member and returns its code. */
  public static String registered(String region, String status) {
    String code = freshCode();
    asAdmin().body(newMemberJson(code, "Testland " + code, region, status))
        .post("/api/v1/countries").then().statusCode(201);
    return code;
  }
}

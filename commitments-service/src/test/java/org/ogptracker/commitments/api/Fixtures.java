package org.ogptracker.commitments.api;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.ogptracker.commitments.domain.MemberReplica;
import org.ogptracker.platform.testing.EventPublisher;
import org.ogptracker.platform.testing.TestMembers;
import org.ogptracker.platform.testing.TestTokens;

/** Members made known through real countries events, and requests as their government. */
public final class Fixtures {
  public static final String COUNTRIES = "ogp.countries.v1";

  private Fixtures() {}

  /** A member code no test has used: Z and three letters (commitment ids take it as prefix). */
  public static String freshMember() {
    return TestMembers.freshLocalCode('Z');
  }

  /** Announces the member with this status as countries-service would, and waits until applied. */
  public static String member(EntityManager em, String code, String status) {
    try (EventPublisher events = new EventPublisher()) {
      events.send(COUNTRIES, code, UUID.randomUUID().toString(), "ogp.country.registered.v1",
          """
          {"code":"%s","name":"Zland %s","kind":"local","parentCode":"ZAF","region":"Europe",
           "status":"%s","joinedOn":null,"version":0}""".formatted(code, code, status));
    }
    awaitStatus(em, code, status);
    return code;
  }

  public static String activeMember(EntityManager em) {
    return member(em, freshMember(), "active");
  }

  public static void awaitStatus(EntityManager em, String code, String status) {
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status.equals(statusOf(em, code)));
  }

  public static String statusOf(EntityManager em, String code) {
    return QuarkusTransaction.requiringNew().call(() -> {
      MemberReplica m = em.find(MemberReplica.class, code);
      return m == null ? null : m.status;
    });
  }

  public static RequestSpecification as(String token) {
    return given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON);
  }

  public static RequestSpecification asGovernment(String member) {
    return as(TestTokens.government(member));
  }

  /** Creates a draft plan for the member as its government; returns its id. */
  public static String plan(String member) {
    return asGovernment(member).body("{\"memberCode\":\"" + member + "\",\"periodStart\":\"2024\","
        + "\"periodEnd\":\"2026\"}").post("/api/v1/action-plans").then().statusCode(201)
        .extract().path("id");
  }

  /** Adds a milestone to the commitment as the member's government; returns its id. */
  public static String milestone(String member, String commitmentId, String description) {
    return asGovernment(member).body("{\"description\":\"" + description + "\"}")
        .post("/api/v1/commitments/" + commitmentId + "/milestones").then().statusCode(201)
        .extract().path("id");
  }

  /** Adds a commitment to the plan as the member's government; returns its id. */
  public static String commitment(String member, String planId, String title) {
    return asGovernment(member).body("""
        {"title":"%s","description":"Publish budgets and hold open parliament hearings",
         "leadInstitution":"Ministry of Finance","grandChallenges":["increasing_public_integrity"],
         "ogpValues":["access_to_information","civic_participation"],"themes":["open_parliaments"]}"""
        .formatted(title)).post("/api/v1/action-plans/" + planId + "/commitments").then()
        .statusCode(201).extract().path("id");
  }
}

package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.e2e.Steps.as;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.DeadLetterTopic;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestTokens;

/**
 * reports-service's database stopped for {@code ogp.outage.seconds} (default 180) while progress
 * updates keep flowing into commitments-service: the consumer waits the outage out, holding its
 * partitions far past max.poll.interval.ms, then applies every update exactly once. Nothing
 * becomes a dead letter, and no process is restarted.
 */
class ConsumerDatabaseOutageTest {
  private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger(
      "ogp.outage.seconds", 180));
  private static final String REPORTS = "reports-service";
  private static final String CONSUMER = "reports.commitments";
  /** SmallRye logs it each time the consumer is given a partition: a rebalance shows here. */
  private static final Pattern ASSIGNED = Pattern.compile("SRMSG18256");

  @BeforeAll
  static void start() {
    Suite.start();
  }

  @Test
  void the_consumer_waits_out_its_database_then_applies_every_update_once() throws Exception {
    String member = Steps.activeMember();
    String gov = TestTokens.government(member);
    String plan = Steps.newPlan(gov, member, "2025", "2027");
    String commitment = Steps.newCommitment(gov, plan, "Through the consumer's outage",
        "improving_public_services", "access_to_information");
    String milestone = Steps.newMilestone(gov, commitment, "Keep posting");
    await().atMost(Steps.EVENTUAL).ignoreExceptions().until(() -> given()
        .get("/api/v1/scorecards/" + commitment).path("selfReported.milestones.milestoneId")
        .toString().contains(milestone));
    long pid = SuiteProcesses.pid(REPORTS);
    long appliedBefore = AppMetrics.applied(REPORTS, CONSUMER);
    long deadBefore = AppMetrics.deadLettered(REPORTS, CONSUMER);
    int assignedBefore = assignments();

    int posted = 0;
    try (DeadLetterTopic dlq = new DeadLetterTopic("ogp.commitments.v1.dlq")) {
      Database.REPORTS.stop();
      boolean waitingSeen = false;
      try {
        long end = System.nanoTime() + OUTAGE.toNanos();
        while (System.nanoTime() < end) {
          posted++;
          as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":" + (posted % 100)
                  + ",\"note\":\"outage " + posted + "\"}")
              .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
          if (!waitingSeen && posted % 10 == 0) {
            waitingSeen = consumerWaiting();
          }
          Thread.sleep(2_000);
        }
        // Meanwhile: reports-service cannot serve (its database is away) and says so; the
        // gateway and the other services go on.
        given().baseUri(SuiteProcesses.url(REPORTS)).get("/q/health/ready").then().statusCode(503);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/api/v1/commitments/" + commitment).then().statusCode(200);
        given().get("/api/v1/plan-tracking/" + plan).then().statusCode(503)
            .contentType("application/problem+json");
      } finally {
        Database.REPORTS.start();
      }
      assertTrue(waitingSeen, "reports-service's /q/health/well showed its consumer waiting");

      long expected = appliedBefore + posted;
      await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
          .until(() -> AppMetrics.applied(REPORTS, CONSUMER) >= expected);
      Thread.sleep(5_000); // a second application would show by now
      assertEquals(expected, AppMetrics.applied(REPORTS, CONSUMER),
          "every update applied exactly once (counted by the consumer, where a duplicate shows)");
      List<String> events = Steps.progressEvents(plan);
      assertEquals(posted, events.size(), "each update once on the plan's timeline");
      given().get("/api/v1/scorecards/" + commitment).then().statusCode(200)
          .body("selfReported.milestones[0].percentComplete", org.hamcrest.Matchers.equalTo(
              posted % 100));
      List<ConsumerRecord<String, byte[]>> dead = dlq.all(Duration.ofSeconds(3));
      assertEquals(List.of(), dead.stream().map(ConsumerRecord::key).toList(),
          "no dead letter");
      assertEquals(deadBefore, AppMetrics.deadLettered(REPORTS, CONSUMER));
    }
    assertEquals(pid, SuiteProcesses.pid(REPORTS), "reports-service was not restarted");
    assertEquals(assignedBefore, assignments(), "the consumer kept its partitions: no rebalance "
        + "although it held a record " + OUTAGE.toSeconds() + " s, past max.poll.interval.ms ("
        + Suite.MAX_POLL_INTERVAL_MS / 1000 + " s)");
    assertFalse(Files.readString(SuiteProcesses.log(REPORTS)).contains("poll timeout has expired"));
    assertEquals(new HashSet<>(Steps.progressNotes(milestone)).size(), posted);
  }

  /** Whether reports-service's wellness shows its consumer waiting out an outage. */
  private static boolean consumerWaiting() {
    var r = given().baseUri(SuiteProcesses.url(REPORTS)).get("/q/health/well");
    if (r.statusCode() != 503) {
      return false;
    }
    // (the consumer's name has a dot: quoted, or GPath would read it as two keys)
    String state = r.jsonPath().getString(
        "checks.find { it.name == 'event consumers' }.data.'" + CONSUMER + "'");
    return state != null && state.contains("waiting since");
  }

  /** How often the consumer was given a partition so far (its log, as the app wrote it). */
  private static int assignments() throws Exception {
    Thread.sleep(1_000); // the app's log is written asynchronously
    Matcher m = ASSIGNED.matcher(Files.readString(SuiteProcesses.log(REPORTS)));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}

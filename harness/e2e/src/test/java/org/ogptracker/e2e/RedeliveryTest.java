package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.e2e.Steps.as;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.DeadLetterTopic;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestTokens;
import org.ogptracker.platform.testing.TestTopics;

/**
 * A consumer that reads its whole topic again (offsets reset to the start; the topic holds this
 * suite's events only, e2e.*) changes nothing: every table it writes reads the same after, it
 * applies no event, and none becomes a dead letter.
 */
class RedeliveryTest {
  private static final String TOPIC = TestTopics.of("ogp.commitments.v1");
  private static final String GROUP = SuiteProcesses.consumerGroup("reports-service");

  @BeforeAll
  static void start() {
    Suite.start();
  }

  @Test
  void reports_service_reading_its_topic_again_from_the_start_changes_nothing() throws Exception {
    String member = Steps.activeMember();
    String gov = TestTokens.government(member);
    String plan = Steps.newPlan(gov, member, "2025", "2027");
    String commitment = Steps.newCommitment(gov, plan, "Read twice",
        "improving_public_services", "access_to_information");
    String milestone = Steps.newMilestone(gov, commitment, "Once only");
    for (int i = 1; i <= 5; i++) {
      as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":" + (i * 10) + "}")
          .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
    }
    try (Admin admin = Admin.create(kafka());
         DeadLetterTopic dlq = new DeadLetterTopic("ogp.commitments.v1.dlq")) {
      await().atMost(Steps.EVENTUAL).until(() -> lag(admin) == 0
          && timeline(plan).contains("ogp.milestone.progress-reported.v1"));
      String before = state(plan, commitment);
      String tablesBefore = ReportsTables.dump();

      SuiteProcesses.kill("reports-service");
      Map<TopicPartition, OffsetAndMetadata> toStart = new HashMap<>();
      earliest(admin).forEach((tp, offset) -> toStart.put(tp, new OffsetAndMetadata(offset)));
      admin.alterConsumerGroupOffsets(GROUP, toStart).all().get();
      assertTrue(lag(admin) > 0, "the whole topic is to be read again");
      SuiteProcesses.restart("reports-service");

      await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
          .until(() -> lag(admin) == 0);
      assertEquals(before, state(plan, commitment), "a full redelivery changed state");
      assertEquals(tablesBefore, ReportsTables.dump(), "a full redelivery changed a table");
      assertEquals(0, AppMetrics.applied("reports-service", "reports.commitments"),
          "the restarted consumer applied no event again");
      assertTrue(AppMetrics.value("reports-service", "ogp_inbox_redelivered_total",
          "consumer=\"reports.commitments\"") > 0, "it did read them again");
      assertEquals(List.of(), dlq.all(Duration.ofSeconds(3)).stream().map(r -> r.key())
          .toList(), "no dead letter");
    }
  }

  /** What reports-service shows of the plan: its timeline, deadlines and the scorecard. */
  private static String state(String plan, String commitment) {
    return timeline(plan) + "\n"
        + given().get("/api/v1/plan-tracking/" + plan).then().statusCode(200).extract()
            .path("deadlines").toString() + "\n"
        + given().get("/api/v1/scorecards/" + commitment).then().statusCode(200).extract()
            .asString();
  }

  private static String timeline(String plan) {
    return given().get("/api/v1/plan-tracking/" + plan + "/timeline?limit=200").then()
        .statusCode(200).extract().asString();
  }

  private static Properties kafka() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        System.getenv().getOrDefault("OGP_KAFKA", "127.0.0.1:9092"));
    return p;
  }

  private static Map<TopicPartition, Long> offsets(Admin admin, OffsetSpec spec) throws Exception {
    int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC)
        .partitions().size();
    Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
    for (int i = 0; i < partitions; i++) {
      ask.put(new TopicPartition(TOPIC, i), spec);
    }
    Map<TopicPartition, Long> result = new HashMap<>();
    admin.listOffsets(ask).all().get().forEach((tp, info) -> result.put(tp, info.offset()));
    return result;
  }

  private static Map<TopicPartition, Long> earliest(Admin admin) throws Exception {
    return offsets(admin, OffsetSpec.earliest());
  }

  /** Records of the topic the group has not committed yet. */
  private static long lag(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
    long lag = 0;
    for (var e : offsets(admin, OffsetSpec.latest()).entrySet()) {
      OffsetAndMetadata at = committed.get(e.getKey());
      lag += e.getValue() - (at == null ? 0 : at.offset());
    }
    return lag;
  }
}

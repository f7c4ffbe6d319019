package org.ogptracker.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker is strict enough to notice an event that drifted from docs/asyncapi.yaml. */
class EventContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOPIC = "ogp.commitments.v1";
  private final EventContract contract = EventContract.load();

  private static Map<String, String> headers() {
    Map<String, String> h = new HashMap<>();
    h.put("ce_specversion", "1.0");
    h.put("ce_id", "6b1f7d2e-8c44-4a53-b0e1-6a9a7c3d2f10");
    h.put("ce_type", "ogp.milestone.progress-reported.v1");
    h.put("ce_source", "/commitments-service");
    h.put("ce_subject", "AL0042.1");
    h.put("ce_time", "2026-03-02T10:15:30.123Z");
    h.put("content-type", "application/json");
    return h;
  }

  private static ObjectNode progress() throws Exception {
    return (ObjectNode) JSON.readTree("""
        {"updateId":1207,"milestoneId":"AL0042.1","commitmentId":"AL0042","planId":"AP_ALB05",
         "memberCode":"ALB","status":"complete","percentComplete":100,"note":null,
         "evidenceUrls":["https://example.org/calendar.pdf"],"author":"gov-alb-1",
         "reportedAt":"2026-03-02T10:15:30.101Z","milestoneVersion":4}""");
  }

  private List<String> check(String key, Map<String, String> headers, JsonNode data)
      throws Exception {
    return contract.violations(TOPIC, key, headers, JSON.writeValueAsBytes(data));
  }

  @Test
  void declares_every_topic_with_its_types() {
    Map<String, Set<String>> topics = contract.typesByTopic();
    assertEquals(4, topics.get("ogp.countries.v1").size());
    assertEquals(9, topics.get("ogp.commitments.v1").size());
    assertTrue(topics.get("ogp.commitments.v1").contains("ogp.milestone.overdue.v1"));
    assertEquals(Set.of("ogp.report.published.v1", "ogp.process.deadline-missed.v1"),
        topics.get("ogp.reports.v1"));
    assertTrue(topics.containsKey("ogp.reports.v1.dlq"));
  }

  record ReadsProgress(String milestoneId, int percentComplete, Long milestoneVersion,
      java.time.Instant reportedAt, List<String> evidenceUrls) {}

  record MisreadsProgress(String milestoneId, String updateId, String percent) {}

  record MisreadsEligibility(String code, double percent) {}

  @Test
  void a_consumers_record_that_fits_the_data_is_readable() {
    assertEquals(List.of(), contract.unreadable(TOPIC, "ogp.milestone.progress-reported.v1",
        ReadsProgress.class));
  }

  @Test
  void a_field_the_data_lacks_types_otherwise_or_may_leave_null_is_unreadable() {
    List<String> problems = contract.unreadable(TOPIC, "ogp.milestone.progress-reported.v1",
        MisreadsProgress.class);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("MisreadsProgress.updateId"), problems.get(0));
    assertTrue(problems.get(1).contains("has no such field"), problems.get(1));
    assertEquals(List.of("MisreadsEligibility.percent: a primitive, but "
            + "ogp.eligibility.assessed.v1 may leave it out or null"),
        contract.unreadable("ogp.countries.v1", "ogp.eligibility.assessed.v1",
            MisreadsEligibility.class));
    assertEquals(1, contract.unreadable(TOPIC, "ogp.milestone.deleted.v1", ReadsProgress.class)
        .size());
  }

  @Test
  void a_topics_source_is_its_owners() {
    assertEquals("/commitments-service", contract.source(TOPIC));
    assertEquals("/countries-service", contract.source("ogp.countries.v1"));
    assertEquals("/reports-service", contract.source("ogp.reports.v1"));
  }

  @Test
  void a_conforming_event_passes() throws Exception {
    assertEquals(List.of(), check("AP_ALB05", headers(), progress()));
  }

  @Test
  void an_unknown_or_missing_field_an_unknown_value_or_a_wrong_type_is_caught() throws Exception {
    ObjectNode extra = progress().put("mood", "good");
    assertEquals(1, check("AP_ALB05", headers(), extra).size(), "extra field");
    ObjectNode missing = progress();
    missing.remove("author");
    assertEquals(1, check("AP_ALB05", headers(), missing).size(), "missing field");
    ObjectNode unknownStatus = progress().put("status", "done");
    assertEquals(1, check("AP_ALB05", headers(), unknownStatus).size(), "unknown status");
    ObjectNode wrongType = progress().put("percentComplete", "100");
    assertEquals(1, check("AP_ALB05", headers(), wrongType).size(), "percent as a string");
    ObjectNode badTime = progress().put("reportedAt", "yesterday");
    assertEquals(1, check("AP_ALB05", headers(), badTime).size(), "not a date-time");
  }

  @Test
  void a_wrong_key_header_or_type_is_caught() throws Exception {
    // Commitments events are keyed by plan id, not by the member.
    assertEquals(1, check("ALB", headers(), progress()).size());
    Map<String, String> foreignSource = headers();
    foreignSource.put("ce_source", "/reports-service");
    assertEquals(1, check("AP_ALB05", foreignSource, progress()).size());
    Map<String, String> noId = headers();
    noId.remove("ce_id");
    assertEquals(1, check("AP_ALB05", noId, progress()).size());
    Map<String, String> undeclared = headers();
    undeclared.put("ce_type", "ogp.milestone.deleted.v1");
    assertEquals(List.of("type ogp.milestone.deleted.v1 is not declared for " + TOPIC),
        check("AP_ALB05", undeclared, progress()));
    assertEquals(1, contract.violations("ogp.plans.v1", "AP_ALB05", headers(),
        progress().toString().getBytes(StandardCharsets.UTF_8)).size());
  }

  @Test
  void the_examples_of_the_document_conform_to_it() throws Exception {
    JsonNode doc = new YAMLMapper().readTree(EventContract.DOCUMENT.toFile());
    int examples = 0;
    for (JsonNode channel : doc.get("channels")) {
      for (JsonNode ref : channel.get("messages")) {
        JsonNode message = doc.at(ref.get("$ref").asText().substring(1));
        for (JsonNode example : message.path("examples")) {
          Map<String, String> headers = new HashMap<>();
          example.get("headers").fields().forEachRemaining(f ->
              headers.put(f.getKey(), f.getValue().asText()));
          String key = example.get("payload").has("planId")
              ? example.get("payload").get("planId").asText()
              : example.get("payload").get("code").asText();
          assertEquals(List.of(), contract.violations(channel.get("address").asText(), key,
              headers, JSON.writeValueAsBytes(example.get("payload"))), example.toString());
          examples++;
        }
      }
    }
    assertTrue(examples >= 2, examples + " examples");
  }
}

package org.ogptracker.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.e2e.Steps.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.EventContract;
import org.ogptracker.platform.testing.PublishedEvents;
import org.ogptracker.platform.testing.RepoRoot;
import org.ogptracker.platform.testing.TestTokens;

/**
 * docs/asyncapi.yaml against the running suite: the apps publish every event type the document
 * declares, each conforming to it (PublishedEvents holds every record read against the
 * document), and the document passes Spectral's AsyncAPI rules.
 */
class EventContractTest {
  private static final EventContract CONTRACT = EventContract.load();

  @BeforeAll
  static void start() {
    Suite.start();
  }

  @Test
  void the_suite_publishes_every_declared_type_as_declared() {
    Map<String, PublishedEvents> topics = new LinkedHashMap<>();
    CONTRACT.typesByTopic().forEach((topic, types) -> {
      if (!topic.endsWith(".dlq")) {
        topics.put(topic, PublishedEvents.from(topic));
      }
    });
    try {
      everyKindOfChange();
      for (Map.Entry<String, PublishedEvents> t : topics.entrySet()) {
        // Each record read is held against the document as it is read.
        Set<String> declared = CONTRACT.types(t.getKey());
        Set<String> published = t.getValue().awaitEach(declared).stream()
            .map(PublishedEvents.Received::type).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(declared), published, "types published on " + t.getKey());
      }
    } finally {
      topics.values().forEach(PublishedEvents::close);
    }
  }

  /** One member's life in short: every change that has an event of its own. */
  private static void everyKindOfChange() {
    String code = Steps.activeMember(); // registered, eligibility assessed, status changed
    as(TestTokens.admin()).header("If-Match", Steps.etag("/api/v1/countries/" + code))
        .body("{\"name\":\"Contractland " + code + "\"}")
        .patch("/api/v1/countries/" + code).then().statusCode(200);

    String gov = TestTokens.government(code);
    String plan = Steps.newPlan(gov, code, "2025", "2027");
    as(gov).header("If-Match", Steps.etag("/api/v1/action-plans/" + plan))
        .body("{\"periodStart\":\"2025\",\"periodEnd\":\"2028\"}")
        .patch("/api/v1/action-plans/" + plan).then().statusCode(200);
    String commitment = Steps.newCommitment(gov, plan, "Open budgets",
        "more_effectively_managing_public_resources", "public_accountability");
    as(gov).header("If-Match", Steps.etag("/api/v1/commitments/" + commitment))
        .body("{\"leadInstitution\":\"Ministry of Finance\"}")
        .patch("/api/v1/commitments/" + commitment).then().statusCode(200);
    String milestone = Steps.newMilestone(gov, commitment, "Publish the budget in open data");
    as(gov).body("{\"status\":\"submitted\"}").post("/api/v1/action-plans/" + plan + "/status")
        .then().statusCode(200);
    as(gov).body("{\"status\":\"in_implementation\"}")
        .post("/api/v1/action-plans/" + plan + "/status").then().statusCode(200);
    // Due 2026-06-30 and unfinished in a plan in implementation: overdue (checked every 2 s).
    as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":40,\"note\":\"Draft online\","
            + "\"evidenceUrls\":[]}")
        .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);

    Steps.publishedReview(plan, "Budget transparency", commitment,
        "{\"specificity\":\"high\",\"verifiable\":\"yes\","
        + "\"relevance\":[\"public_accountability\"],\"potentialImpact\":\"moderate\","
        + "\"potentialForResults\":\"modest\",\"completion\":\"limited\"}");

    // A plan of a past cycle: its deadlines have passed.
    Steps.newPlan(gov, code, "2019", "2021");
  }

  @Test
  void the_document_passes_spectral_asyncapi() throws Exception {
    Path spectral = Path.of(System.getenv().getOrDefault("OGP_SPECTRAL",
        RepoRoot.resolve(".local/npm/node_modules/.bin/spectral").toString()));
    assertTrue(Files.isExecutable(spectral), spectral + " is missing: deploy/local/test "
        + "installs it (npm @stoplight/spectral-cli)");
    Path ruleset = Path.of("target/asyncapi-ruleset.yaml");
    Files.writeString(ruleset, "extends: [\"spectral:asyncapi\"]\n");
    List<String> command = new ArrayList<>(List.of(spectral.toString(), "lint",
        EventContract.DOCUMENT.toString(), "--ruleset", ruleset.toString(),
        "--fail-severity", "error", "--format", "text"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "spectral did not finish");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "spectral found errors:\n" + out);
  }
}

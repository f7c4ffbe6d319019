package org.ogptracker.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ogptracker.e2e.Steps.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ogptracker.platform.testing.SuiteProcesses;
import org.ogptracker.platform.testing.TestTokens;
import org.ogptracker.webhooks.receiver.WebhookReceiver;

/**
 * notifications-service scaled out: two instances on one database and one consumer group, the
 * first killed (SIGKILL) while a member's two plans change. The other takes its partitions and
 * its leased deliveries: the receiver gets every change of the feed, each plan's in the feed's
 * order (a delivery in flight at the kill may come twice: at least once).
 */
class WebhookFailoverTest {
  private static final String SERVICE = "notifications-service";
  private static final String REPLICA = "notifications-service-2";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void when_one_instance_dies_the_other_delivers_everything_in_order() {
    Suite.start();
    String replica = SuiteProcesses.startReplica(SERVICE, REPLICA);
    String member = Steps.activeMember();
    String gov = TestTokens.government(member);
    String hook = "failover-" + member;
    var subscribed = as(gov).body("{\"url\":\"" + Receiver.url(hook) + "\",\"member\":\""
            + member + "\"}")
        .post("/api/v1/subscriptions").then().statusCode(201).extract();
    Receiver.get().secrets(hook, subscribed.<String>path("secret"));
    String subscription = subscribed.path("id");
    List<String> milestones = new ArrayList<>();
    for (String start : List.of("2024", "2025")) {
      String plan = Steps.newPlan(gov, member, start, String.valueOf(Integer.parseInt(start) + 2));
      String commitment = Steps.newCommitment(gov, plan, "Failover " + start,
          "improving_public_services", "access_to_information");
      milestones.add(Steps.newMilestone(gov, commitment, "Reported across a crash"));
    }
    try {
      for (int i = 1; i <= 10; i++) {
        if (i == 6) {
          SuiteProcesses.crash(SERVICE);
        }
        for (String milestone : milestones) {
          as(gov).body("{\"status\":\"in_progress\",\"percentComplete\":" + (i * 5)
                  + ",\"note\":\"update " + i + "\"}")
              .post("/api/v1/milestones/" + milestone + "/progress").then().statusCode(201);
        }
      }
      // The feed as the surviving instance serves it: every change of the member, in order.
      List<JsonNode> feed = new ArrayList<>();
      await().atMost(Duration.ofMinutes(3)).until(() -> {
        feed.clear();
        feed.addAll(changes(replica, member));
        return feed.stream().filter(c -> c.get("type").asText().endsWith("progress-reported.v1"))
            .count() == 20;
      });
      // Its plans' changes, all made after the subscription (the member's own came before).
      Set<String> ids = feed.stream().filter(c -> !c.path("data").path("planId").isMissingNode())
          .map(c -> c.get("id").asText())
          .collect(Collectors.toCollection(LinkedHashSet::new));
      assertEquals(26, ids.size(), "2 plans, 2 commitments, 2 milestones, 20 progress updates");
      try {
        await().atMost(Duration.ofMinutes(2)).until(() -> firstArrivals(hook).keySet()
            .containsAll(ids));
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        throw new AssertionError("not all delivered; the deliveries as the survivor lists them: "
            + as(gov).baseUri(replica).get("/api/v1/subscriptions/" + subscription
                + "/deliveries?limit=200").asString(), e);
      }
      Map<String, JsonNode> arrived = firstArrivals(hook);
      assertEquals(Set.of(), ids.stream().filter(id -> !arrived.containsKey(id))
          .collect(Collectors.toSet()), "every change of the feed reached the receiver");
      // Each plan's changes arrived in the feed's order (each milestone's progress is its plan's).
      for (String milestone : milestones) {
        assertEquals(progressOf(feed, milestone), progressOf(arrived.values(), milestone),
            "milestone " + milestone);
      }
    } finally {
      SuiteProcesses.restart(SERVICE);
      SuiteProcesses.kill(REPLICA);
    }
  }

  private static List<String> progressOf(Collection<JsonNode> changes,
      String milestone) {
    return changes.stream()
        .filter(c -> c.get("type").asText().endsWith("progress-reported.v1")
            && milestone.equals(c.path("data").path("milestoneId").asText()))
        .map(c -> c.get("id").asText()).toList();
  }

  /** Every change of the member in the feed of the instance at {@code base}, all pages. */
  private static List<JsonNode> changes(String base, String member) {
    List<JsonNode> all = new ArrayList<>();
    String after = null;
    while (true) {
      var request = given().baseUri(base).queryParam("member", member).queryParam("limit", 200);
      if (after != null) {
        request.queryParam("after", after);
      }
      JsonNode page = read(request.get("/api/v1/changes").then().statusCode(200).extract()
          .asByteArray());
      page.get("items").forEach(all::add);
      if (page.path("next").isMissingNode() || page.get("items").isEmpty()) {
        return all;
      }
      after = page.get("cursor").asText();
    }
  }

  /** Each change the hook took, once (its first arrival), in the order they first arrived. */
  private static Map<String, JsonNode> firstArrivals(String hook) {
    Map<String, JsonNode> first = new LinkedHashMap<>();
    for (WebhookReceiver.Message m : Receiver.get().deliveries(hook)) {
      assertEquals(true, m.verified(), "signed with the subscription's secret");
      JsonNode change = m.json();
      first.putIfAbsent(change.get("id").asText(), change);
    }
    return first;
  }

  private static JsonNode read(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

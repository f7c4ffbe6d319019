package org.ogptracker.notifications.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ogptracker.platform.testing.TestTokens.bearer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogptracker.notifications.SuiteEvents;
import org.ogptracker.platform.testing.TestTokens;
import org.ogptracker.webhooks.receiver.WebhookReceiver;

/**
 * Webhooks over real HTTP, from real Kafka: a receiver verified before use, every change it
 * wants signed (its own HMAC check), in the feed's order, retried while it fails, listed when
 * retries ran out and redelivered on request; a hung receiver delays no one else; each
 * subscriber sees only its own.
 */
@QuarkusTest
class WebhooksTest {
  private static WebhookReceiver receiver;

  @BeforeAll
  static void receiver() {
    receiver = WebhookReceiver.start();
  }

  @AfterAll
  static void stop() {
    receiver.close();
  }

  static RequestSpecification as(String token) {
    return given().header("Authorization", bearer(token)).contentType("application/json");
  }

  /** Subscribes {@code hook} to the member's changes; the subscription's id and secret. */
  static Map<String, String> subscribe(String token, String hook, String member) {
    var answer = as(token).body("{\"url\":\"" + receiver.url(hook) + "\",\"member\":\"" + member
            + "\"}")
        .post("/api/v1/subscriptions").then().statusCode(201)
        .header("Location", containsString("/api/v1/subscriptions/sub_"))
        .body("status", equalTo("active")).body("secret", startsWith("whsec_"))
        .extract();
    String secret = answer.path("secret");
    receiver.secrets(hook, secret);
    return Map.of("id", answer.path("id"), "secret", secret);
  }

  @Test
  void a_verified_receiver_gets_each_change_it_wants_signed_and_in_the_feeds_order() {
    String token = TestTokens.named("government", "subscriber");
    try (SuiteEvents events = new SuiteEvents()) {
      subscribe(token, "ordered", events.member);
      WebhookReceiver.Message challenge = receiver.taken("ordered").get(0);
      assertTrue(challenge.body().contains("\"webhook.verification\""), challenge.body());

      String registered = events.memberRegistered();
      String created = events.plan("ogp.action-plan.created.v1", "draft", 0);
      String submitted = events.plan("ogp.action-plan.submitted.v1", "submitted", 1);
      String published = events.reportPublished();
      List<WebhookReceiver.Message> got = receiver.awaitDeliveries("ordered", 4,
          Duration.ofSeconds(60));
      List<String> feed = events.changes().stream().map(c -> (String) c.get("id")).toList();
      assertEquals(List.of(registered, created, submitted, published).stream().sorted().toList(),
          feed.stream().sorted().toList());
      // The plan's changes (all but the member's) in the feed's order.
      List<String> plans = feed.stream().filter(id -> !id.equals(registered)).toList();
      assertEquals(plans, got.stream().map(m -> m.json().get("id").asText())
          .filter(id -> !id.equals(registered)).toList(), "a plan's deliveries in order");
      assertEquals(java.util.Set.copyOf(feed), java.util.Set.copyOf(got.stream()
          .map(m -> m.json().get("id").asText()).toList()), "each change once");
      for (WebhookReceiver.Message m : got) {
        assertTrue(m.verified(), "signed with the subscription's secret: " + m.signature());
        assertTrue(m.id().startsWith("msg_"), m.id());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - m.timestamp()) < 120);
        assertEquals("1.0", m.json().get("specversion").asText());
        assertEquals(events.member, m.json().get("data").has("code")
            ? m.json().get("data").get("code").asText()
            : m.json().get("data").get("memberCode").asText());
      }
    }
  }

  @Test
  void a_subscription_to_a_grand_challenge_gets_the_changes_of_commitments_addressing_it() {
    String token = TestTokens.named("government", "integrity");
    try (SuiteEvents events = new SuiteEvents()) {
      var answer = as(token).body("{\"url\":\"" + receiver.url("integrity") + "\","
              + "\"grandChallenge\":\"increasing_public_integrity\",\"memberKind\":\"local\"}")
          .post("/api/v1/subscriptions").then().statusCode(201)
          .body("grandChallenge", equalTo("increasing_public_integrity"))
          .body("memberKind", equalTo("local")).extract();
      String secret = answer.path("secret");
      receiver.secrets("integrity", secret);
      String national = as(token).body("{\"url\":\"" + receiver.url("national") + "\","
              + "\"memberKind\":\"national\",\"member\":\"" + events.member + "\"}")
          .post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
      String c1 = events.member + "01";
      String c2 = events.member + "02";
      events.plan("ogp.action-plan.created.v1", "draft", 0); // no commitment: not wanted
      String integrity = events.commitment(c1, "increasing_public_integrity",
          "civic_participation", "Open Parliaments");
      events.commitment(c2, "improving_public_services", "civic_participation", "Health");
      String step = events.milestoneAdded(c1);
      events.milestoneAdded(c2);
      String marker = events.commitment(events.member + "03", "increasing_public_integrity",
          "access_to_information", "Anti-corruption");
      // Other members' commitments may come too: only this member's are looked at.
      java.util.function.Supplier<List<String>> mine = () -> receiver.deliveries("integrity")
          .stream().filter(m -> m.json().get("data").path("memberCode").asText()
              .equals(events.member)).map(m -> m.json().get("id").asText()).toList();
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> mine.get().contains(marker));
      assertEquals(List.of(integrity, step, marker), mine.get());
      // A local member's changes reach no subscription to national members' changes.
      as(token).get("/api/v1/subscriptions/" + national + "/deliveries").then().statusCode(200)
          .body("items", org.hamcrest.Matchers.empty());
    }
  }

  @Test
  void a_subscription_to_overdue_milestones_gets_each_overdue_one_and_its_progress_until_done() {
    String token = TestTokens.named("government", "overdue");
    try (SuiteEvents events = new SuiteEvents()) {
      var answer = as(token).body("{\"url\":\"" + receiver.url("overdue") + "\",\"member\":\""
              + events.member + "\",\"overdueMilestones\":true}")
          .post("/api/v1/subscriptions").then().statusCode(201)
          .body("overdueMilestones", equalTo(true)).extract();
      String secret = answer.path("secret");
      receiver.secrets("overdue", secret);
      String first = events.member + "01.1";
      String second = events.member + "01.2";
      events.commitment(events.member + "01", "improving_public_services",
          "civic_participation", "Health");
      events.milestone("ogp.milestone.added.v1", first);
      events.milestone("ogp.milestone.added.v1", second);
      events.progress(first, "in_progress", 10); // not overdue yet
      String late = events.milestone("ogp.milestone.overdue.v1", first);
      events.progress(second, "in_progress", 50); // another milestone, not overdue
      String catchingUp = events.progress(first, "in_progress", 60);
      String done = events.progress(first, "complete", 100);
      events.progress(first, "in_progress", 90); // a correction after: overdue no more
      String marker = events.milestone("ogp.milestone.overdue.v1", second);
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receiver
          .deliveries("overdue").stream().anyMatch(m -> m.json().get("id").asText()
              .equals(marker)));
      assertEquals(List.of(late, catchingUp, done, marker), receiver.deliveries("overdue")
          .stream().map(m -> m.json().get("id").asText()).toList());
    }
  }

  @Test
  void a_failing_receiver_is_retried_then_its_delivery_is_failed_listed_and_redelivered() {
    String token = TestTokens.named("government", "flaky");
    try (SuiteEvents events = new SuiteEvents()) {
      String id = subscribe(token, "down", events.member).get("id");
      receiver.answer("down", 500);
      String created = events.plan("ogp.action-plan.created.v1", "draft", 0);
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> as(token)
          .queryParam("state", "failed").get("/api/v1/subscriptions/" + id + "/deliveries")
          .then().statusCode(200).extract().<List<?>>path("items").size() == 1);
      var failed = as(token).queryParam("state", "failed")
          .get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
          .body("items[0].eventId", equalTo(created))
          .body("items[0].lastStatus", equalTo(500))
          .body("items[0].lastError", equalTo("answered 500")).extract();
      String delivery = failed.path("items[0].id");
      int attempts = failed.path("items[0].attempts");
      assertTrue(attempts >= 3, "retried with backoff until retry-for ran out: " + attempts);
      assertEquals(attempts, receiver.attempts("down", delivery));

      receiver.answer("down", 204);
      as(token).post("/api/v1/subscriptions/" + id + "/deliveries/" + delivery + "/redeliver")
          .then().statusCode(202).body("state", equalTo("pending"));
      WebhookReceiver.Message m = receiver.awaitDeliveries("down", 1, Duration.ofSeconds(30))
          .get(0);
      assertEquals(delivery, m.id(), "the same message id on every attempt");
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
          .get("/api/v1/subscriptions/" + id + "/deliveries").then().extract()
          .path("items[0].state").equals("delivered"));
    }
  }

  @Test
  void a_plans_later_change_waits_until_the_earlier_one_is_delivered() {
    String token = TestTokens.named("government", "patient");
    try (SuiteEvents events = new SuiteEvents()) {
      subscribe(token, "retried", events.member);
      receiver.failFirst("retried", 2);
      events.plan("ogp.action-plan.created.v1", "draft", 0);
      events.plan("ogp.action-plan.updated.v1", "draft", 1);
      events.plan("ogp.action-plan.submitted.v1", "submitted", 2);
      List<WebhookReceiver.Message> got = receiver.awaitDeliveries("retried", 3,
          Duration.ofSeconds(60));
      assertEquals(events.changes().stream().map(c -> c.get("id")).toList(),
          got.stream().map(m -> m.json().get("id").asText()).toList());
      for (WebhookReceiver.Message m : got) {
        assertEquals(3, receiver.attempts("retried", m.id()), "two refusals, then taken");
      }
    }
  }

  @Test
  void a_receiver_that_hangs_does_not_hold_back_another() {
    String slow = TestTokens.named("government", "slow");
    String quick = TestTokens.named("government", "quick");
    try (SuiteEvents events = new SuiteEvents()) {
      subscribe(slow, "hangs", events.member);
      subscribe(quick, "answers", events.member);
      receiver.delay("hangs", Duration.ofSeconds(30));
      for (int i = 0; i < 6; i++) {
        events.plan("ogp.action-plan.updated.v1", "draft", i);
      }
      // Each of the six to the receiver that answers, while the other holds every attempt
      // until the sender's timeout (2 s in tests) and beyond.
      receiver.awaitDeliveries("answers", 6, Duration.ofSeconds(60));
      assertEquals(0, receiver.deliveries("hangs").size());
    } finally {
      receiver.delay("hangs", Duration.ZERO);
    }
  }

  @Test
  void a_receiver_that_never_ends_its_answer_is_cut_off_at_the_timeout() {
    String token = TestTokens.named("government", "trickles");
    try (SuiteEvents events = new SuiteEvents()) {
      String id = subscribe(token, "trickles", events.member).get("id");
      receiver.trickle("trickles", true);
      events.plan("ogp.action-plan.updated.v1", "draft", 0);
      // Its 200 and endless body are no answer: the attempt ends at the sender's timeout (2 s in
      // tests) and counts as failed (failed for good here: tests retry for 2 s).
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(
          () -> "failed".equals(as(token).get("/api/v1/subscriptions/" + id + "/deliveries")
              .then().statusCode(200).extract().path("items[0].state")));
      as(token).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
          .body("items[0].lastError", containsString("no complete answer in 2000 ms"))
          .body("items[0].lastStatus", equalTo(null));
      assertEquals(0, receiver.deliveries("trickles").size());
    } finally {
      receiver.trickle("trickles", false);
    }
  }

  @Test
  void a_subscription_failing_for_long_is_disabled_with_the_reason_and_can_be_enabled() {
    String token = TestTokens.named("government", "gone");
    try (SuiteEvents events = new SuiteEvents()) {
      String id = subscribe(token, "gone", events.member).get("id");
      receiver.answer("gone", 410);
      // A change a second, each failing, until failures have lasted long enough (6 s here).
      int[] version = {0};
      Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
          .until(() -> {
            events.plan("ogp.action-plan.updated.v1", "draft", version[0]++);
            return as(token).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .extract().path("status").equals("disabled");
          });
      as(token).get("/api/v1/subscriptions/" + id).then()
          .body("disabledReason", containsString("every delivery has failed since"))
          .body("disabledReason", containsString("answered 410"));
      // What it still had to send is failed, listed for redelivery.
      as(token).queryParam("state", "pending").get("/api/v1/subscriptions/" + id + "/deliveries")
          .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
      receiver.answer("gone", 200);
      as(token).post("/api/v1/subscriptions/" + id + "/enable").then().statusCode(200)
          .body("status", equalTo("active"));
      String after = events.plan("ogp.action-plan.submitted.v1", "submitted", 100);
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> receiver.deliveries("gone")
          .stream().anyMatch(m -> m.json().get("id").asText().equals(after)));
    }
  }

  @Test
  void after_a_rotation_both_secrets_sign_for_a_while() {
    String token = TestTokens.named("government", "rotating");
    try (SuiteEvents events = new SuiteEvents()) {
      Map<String, String> s = subscribe(token, "rotating", events.member);
      String fresh = as(token).post("/api/v1/subscriptions/" + s.get("id") + "/secret").then()
          .statusCode(200).extract().path("secret");
      assertTrue(!fresh.equals(s.get("secret")));
      events.memberRegistered();
      WebhookReceiver.Message m = receiver.awaitDeliveries("rotating", 1,
          Duration.ofSeconds(60)).get(0);
      assertEquals(2, m.signature().split(" ").length, m.signature());
      assertTrue(reverified(m, fresh), "the new secret signs");
      assertTrue(reverified(m, s.get("secret")), "the old one too, for a while");
      assertTrue(!reverified(m, Signatures.newSecret()), "no other");
    }
  }

  /** The receiver's own check of the message, with one secret. */
  private static boolean reverified(WebhookReceiver.Message m, String secret) {
    return WebhookReceiver.verifies(List.of(secret), m.id(), Long.toString(m.timestamp()),
        m.body(), m.signature());
  }

  @Test
  void each_subscriber_sees_only_its_own() {
    String owner = TestTokens.named("government", "owner");
    String other = TestTokens.named("government", "other");
    try (SuiteEvents events = new SuiteEvents()) {
      String id = subscribe(owner, "own", events.member).get("id");
      as(owner).get("/api/v1/subscriptions").then().statusCode(200)
          .body("items.id", hasItem(id));
      as(other).get("/api/v1/subscriptions").then().statusCode(200)
          .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
      as(other).get("/api/v1/subscriptions/" + id).then().statusCode(404);
      as(other).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(404);
      as(other).post("/api/v1/subscriptions/" + id + "/secret").then().statusCode(404);
      as(other).delete("/api/v1/subscriptions/" + id).then().statusCode(404);
      given().get("/api/v1/subscriptions").then().statusCode(401);
      as(owner).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
      as(owner).get("/api/v1/subscriptions/" + id).then().statusCode(404);
    }
  }

  @Test
  void a_url_that_is_no_receiver_or_a_bad_request_subscribes_nothing() {
    String token = TestTokens.named("government", "careless");
    receiver.ignoreChallenges("silent");
    as(token).body("{\"url\":\"" + receiver.url("silent") + "\"}").post("/api/v1/subscriptions")
        .then().statusCode(422).contentType("application/problem+json")
        .body("type", equalTo("urn:ogp-tracker:problem:receiver-unverified"))
        .body("detail", containsString("did not answer the challenge"));
    as(token).body("{\"url\":\"ftp://example.org/x\"}").post("/api/v1/subscriptions").then()
        .statusCode(400).body("errors.field", hasItem("url"));
    as(token).body("{\"url\":\"https://user:pw@example.org/x\"}").post("/api/v1/subscriptions")
        .then().statusCode(400).body("errors.field", hasItem("url"));
    as(token).body("{\"url\":\"" + receiver.url("x") + "\",\"types\":[\"ogp.secret.v1\"]}")
        .post("/api/v1/subscriptions").then().statusCode(400)
        .body("errors.field", hasItem("types"));
    as(token).body("{\"url\":\"" + receiver.url("x") + "\",\"member\":\"alb\"}")
        .post("/api/v1/subscriptions").then().statusCode(400)
        .body("errors.field", hasItem("member"));
    as(token).body("{\"url\":\"" + receiver.url("x") + "\",\"grandChallenge\":\"peace\","
            + "\"memberKind\":\"regional\",\"ogpValue\":\"speed\"}")
        .post("/api/v1/subscriptions").then().statusCode(400)
        .body("errors.field", hasItem("grandChallenge"))
        .body("errors.field", hasItem("memberKind"))
        .body("errors.field", hasItem("ogpValue"));
    as(token).get("/api/v1/subscriptions").then().statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }
}

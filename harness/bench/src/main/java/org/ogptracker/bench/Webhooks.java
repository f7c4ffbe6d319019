package org.ogptracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogptracker.webhooks.receiver.WebhookReceiver;

/**
 * Webhooks under load (issue 29): progress updates through the gateway at a fixed rate, spread
 * over plans, each change POSTed by notifications-service to the subscriptions of its plan;
 * measured from the change's commit (its CloudEvent time, set in the writing transaction) to its
 * arrival at a real HTTP receiver in this JVM, which checks every signature. Also a receiver
 * down for a while (it must get everything after, in order) and one that hangs on every request
 * (the others must not wait for it). A lost, unsigned or out-of-order delivery fails the run.
 */
final class Webhooks {
  static final String PROGRESS = "ogp.milestone.progress-reported.v1";
  /** The offered rate: changes per second, in all. */
  static final int RATE = 50;
  static final int SUBSCRIPTIONS = 100;
  static final int PLANS = 10;

  /** Commit to receipt over every delivery of a fan-out. */
  record Fanout(String what, int changes, long deliveries, long duplicates, double p50Millis,
      double p99Millis, double maxMillis) {}

  /** A receiver down for {@code down}: when it had everything after it came back. */
  record Outage(Duration down, int changes, long duplicates, Duration caughtUpAfter) {}

  private final Api gateway;
  private final Api notifications;
  private final Writes writes;
  private final String token;

  Webhooks(Api gateway, Api notifications, Writes writes, String token) {
    this.gateway = gateway;
    this.notifications = notifications;
    this.writes = writes;
    this.token = token;
  }

  /**
   * Waits until notifications-service takes new changes: it reads from the topics' ends, from
   * whenever its consumers were given their partitions.
   */
  void awaitConsuming(Writes.Target probe) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      writes.postAtRate(List.of(probe), 1, 1);
      Apps.sleep(1_000);
      if (feed(probe.plan()).size() > 0) {
        return;
      }
    }
    throw new IllegalStateException("notifications-service took no change in 2 minutes");
  }

  /**
   * {@link #SUBSCRIPTIONS} subscriptions, each to one of the plans (as many to each), and, when
   * {@code hanging}, one more to every change whose receiver answers after 30 s (past the
   * service's 10 s timeout); then {@code load} of updates at {@link #RATE} per second.
   */
  Fanout fanout(String what, List<Writes.Target> plans, Duration load, boolean hanging)
      throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.start();
        WebhookReceiver hung = WebhookReceiver.start()) {
      Map<String, Writes.Target> hooks = new LinkedHashMap<>();
      List<String> subscriptions = new ArrayList<>();
      for (int i = 0; i < SUBSCRIPTIONS; i++) {
        Writes.Target plan = plans.get(i % plans.size());
        String hook = "s" + i;
        subscriptions.add(subscribe(receiver, hook, "\"plan\":\"" + plan.plan() + "\""));
        hooks.put(hook, plan);
      }
      if (hanging) {
        subscriptions.add(subscribeThenHang(hung));
      }
      int changes = (int) (RATE * load.toSeconds());
      Map<String, Integer> before = new LinkedHashMap<>();
      plans.forEach(t -> before.put(t.plan(), feed(t.plan()).size()));
      writes.postAtRate(plans, changes, RATE);
      long deliveries = 0;
      long duplicates = 0;
      List<Long> latencies = new ArrayList<>();
      Map<String, List<String>> feeds = new LinkedHashMap<>();
      for (Map.Entry<String, Writes.Target> h : hooks.entrySet()) {
        String plan = h.getValue().plan();
        List<String> feed = feeds.computeIfAbsent(plan, p -> awaitFeed(p,
            before.get(p) + changes / plans.size()));
        List<String> made = feed.subList(before.get(plan), feed.size());
        List<WebhookReceiver.Message> got = awaitAll(receiver, h.getKey(), made,
            Duration.ofMinutes(5));
        duplicates += got.size() - made.size();
        deliveries += made.size();
        for (WebhookReceiver.Message m : got) {
          latencies.add(Duration.between(Instant.parse(m.json().get("time").asText()),
              m.receivedAt()).toNanos());
        }
      }
      subscriptions.forEach(this::unsubscribe);
      long[] all = latencies.stream().mapToLong(Long::longValue).toArray();
      return new Fanout(what, changes, deliveries, duplicates, Stats.millis(all, 0.5),
          Stats.millis(all, 0.99), Stats.millis(all, 1.0));
    }
  }

  /**
   * A subscription to the plan whose receiver goes down (connection refused) while updates go on
   * at 5 per second for {@code down}, then comes back on its port.
   */
  Outage outage(Writes.Target plan, Duration down) throws Exception {
    WebhookReceiver receiver = WebhookReceiver.start(Suite.DOWN_RECEIVER_PORT);
    String secret;
    String subscription;
    try {
      int before = feed(plan.plan()).size();
      JsonNode created = gateway.call("POST", "/api/v1/subscriptions", token,
          "{\"url\":\"" + receiver.url("down") + "\",\"plan\":\"" + plan.plan() + "\"}", 201);
      secret = created.get("secret").asText();
      subscription = created.get("id").asText();
      receiver.close();
      int changes = (int) Math.max(5, 5 * down.toSeconds());
      long start = System.nanoTime();
      writes.postAtRate(List.of(plan), changes, 5);
      Apps.sleep(Math.max(0, down.toMillis() - (System.nanoTime() - start) / 1_000_000));
      receiver = WebhookReceiver.start(Suite.DOWN_RECEIVER_PORT);
      receiver.secrets("down", secret);
      long back = System.nanoTime();
      List<String> feed = awaitFeed(plan.plan(), before + changes);
      List<String> made = feed.subList(before, feed.size());
      // The first retries after the receiver went down come at 5 s, doubling up to 1 h.
      List<WebhookReceiver.Message> got = awaitAll(receiver, "down", made,
          down.multipliedBy(2).plusMinutes(2));
      Duration caughtUp = Duration.ofNanos(System.nanoTime() - back);
      unsubscribe(subscription);
      return new Outage(down, changes, got.size() - made.size(), caughtUp);
    } finally {
      receiver.close();
    }
  }

  private String subscribe(WebhookReceiver receiver, String hook, String filter) {
    JsonNode created = gateway.call("POST", "/api/v1/subscriptions", token,
        "{\"url\":\"" + receiver.url(hook) + "\"," + filter + "}", 201);
    receiver.secrets(hook, created.get("secret").asText());
    return created.get("id").asText();
  }

  /**
   * A subscription to every progress change whose receiver, once verified (the challenge is
   * answered at once), hangs 30 s on each.
   */
  private String subscribeThenHang(WebhookReceiver hung) {
    String id = subscribe(hung, "all", "\"types\":[\"" + PROGRESS + "\"]");
    hung.delay("all", Duration.ofSeconds(30));
    return id;
  }

  private void unsubscribe(String id) {
    gateway.call("DELETE", "/api/v1/subscriptions/" + id, token, null, 204);
  }

  /** The ids of the plan's progress changes in the feed's order. */
  private List<String> feed(String plan) {
    List<String> ids = new ArrayList<>();
    String path = "/api/v1/changes?plan=" + plan + "&type=" + PROGRESS + "&limit=200";
    while (true) {
      JsonNode page = notifications.get(path);
      page.get("items").forEach(i -> ids.add(i.get("id").asText()));
      if (page.get("items").size() < 200) {
        return ids;
      }
      path = "/api/v1/changes?plan=" + plan + "&type=" + PROGRESS + "&limit=200&after="
          + page.get("cursor").asText();
    }
  }

  private List<String> awaitFeed(String plan, int size) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    List<String> feed = feed(plan);
    while (feed.size() < size) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the feed has " + feed.size() + " of " + size
            + " changes of " + plan + " after 5 minutes");
      }
      Apps.sleep(250);
      feed = feed(plan);
    }
    return feed;
  }

  /**
   * The hook's deliveries once it has every one of {@code made}; fails when one is missing
   * after {@code within}, is not signed with its subscription's secret, or came out of the
   * feed's order (a redelivery of one already taken may come again: at least once).
   */
  private static List<WebhookReceiver.Message> awaitAll(WebhookReceiver receiver, String hook,
      List<String> made, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    Set<String> wanted = Set.copyOf(made);
    while (true) {
      List<WebhookReceiver.Message> got = receiver.deliveries(hook).stream()
          .filter(m -> wanted.contains(m.json().get("id").asText())).toList();
      Set<String> firsts = new LinkedHashSet<>();
      got.forEach(m -> firsts.add(m.json().get("id").asText()));
      if (firsts.size() == made.size()) {
        if (!List.copyOf(firsts).equals(made)) {
          throw new IllegalStateException("hook " + hook + " took its plan's changes out of "
              + "the feed's order");
        }
        got.stream().filter(m -> !m.verified()).findFirst().ifPresent(m -> {
          throw new IllegalStateException("hook " + hook + " took an unsigned delivery " + m.id());
        });
        return got;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("hook " + hook + " took " + firsts.size() + " of "
            + made.size() + " changes in " + within.toSeconds() + " s");
      }
      Apps.sleep(100);
    }
  }
}

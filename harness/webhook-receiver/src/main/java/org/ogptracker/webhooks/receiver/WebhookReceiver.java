package org.ogptracker.webhooks.receiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;

/**
 * A webhook receiver as a subscriber runs one: a real HTTP server on loopback with one hook per
 * path. It answers the verification challenge, checks every other message's Standard Webhooks
 * signature with the secret it was told (its own HMAC, not the service's code), and answers as
 * a test tells it to: a status, after a delay (a receiver that hangs), or failing the first
 * attempts of each message.
 */
public final class WebhookReceiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One message received: its headers, body, and whether a known secret signed it. */
  public record Message(String id, long timestamp, String signature, String body,
      boolean verified, Instant receivedAt) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Hook {
    final List<String> secrets = new CopyOnWriteArrayList<>();
    // Many thousands in a benchmark: a queue, not a list copied on every add.
    final Queue<Message> messages = new ConcurrentLinkedQueue<>();
    final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    volatile int status = 200;
    volatile long delayMillis;
    volatile int failFirst;
    volatile boolean echoChallenge = true;
    volatile boolean trickle;
  }

  private final HttpServer server;
  private final Map<String, Hook> hooks = new ConcurrentHashMap<>();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  /** A receiver on a free loopback port. */
  public static WebhookReceiver start() {
    return start(0);
  }

  /**
   * A receiver on this loopback port (0: a free one): one closed and started again on its port
   * is a receiver that was down and came back.
   */
  public static WebhookReceiver start(int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
      WebhookReceiver receiver = new WebhookReceiver(server);
      server.createContext("/", receiver::handle);
      server.setExecutor(Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "webhook-receiver");
        t.setDaemon(true);
        return t;
      }));
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL of a hook of this receiver. */
  public String url(String hook) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + hook;
  }

  /** The secrets messages to {@code hook} are checked with (a subscription's, as answered). */
  public WebhookReceiver secrets(String hook, String... secrets) {
    Hook h = hook(hook);
    h.secrets.clear();
    h.secrets.addAll(List.of(secrets));
    return this;
  }

  /** Answers {@code status} to every message but the challenge. */
  public WebhookReceiver answer(String hook, int status) {
    hook(hook).status = status;
    return this;
  }

  /** Waits this long before answering (longer than the sender's timeout: a hung receiver). */
  public WebhookReceiver delay(String hook, Duration delay) {
    hook(hook).delayMillis = delay.toMillis();
    return this;
  }

  /** Answers 503 to the first {@code attempts} attempts of each message, then as set. */
  public WebhookReceiver failFirst(String hook, int attempts) {
    hook(hook).failFirst = attempts;
    return this;
  }

  /**
   * Answers every message but the challenge with 200 and a body that never ends, a byte every
   * 100 ms while the sender listens (a receiver that would hold its sender forever); nothing is
   * taken.
   */
  public WebhookReceiver trickle(String hook, boolean trickle) {
    hook(hook).trickle = trickle;
    return this;
  }

  /** Answers the challenge without echoing it (a URL that is no receiver of ours). */
  public WebhookReceiver ignoreChallenges(String hook) {
    hook(hook).echoChallenge = false;
    return this;
  }

  /** Every message the hook took (answered 2xx), challenges included, in arrival order. */
  public List<Message> taken(String hook) {
    return List.copyOf(hook(hook).messages);
  }

  /** The deliveries the hook took: messages other than challenges. */
  public List<Message> deliveries(String hook) {
    List<Message> all = new ArrayList<>();
    for (Message m : taken(hook)) {
      if (!m.body().contains("\"webhook.verification\"")) {
        all.add(m);
      }
    }
    return all;
  }

  /** The hook's deliveries once there are {@code count}, within {@code atMost}. */
  public List<Message> awaitDeliveries(String hook, int count, Duration atMost) {
    Awaitility.await(count + " deliveries to " + hook).atMost(atMost)
        .pollInterval(Duration.ofMillis(50)).until(() -> deliveries(hook).size() >= count);
    return deliveries(hook);
  }

  /** How many attempts of message {@code id} reached the hook. */
  public int attempts(String hook, String id) {
    return hook(hook).attempts.getOrDefault(id, 0);
  }

  private Hook hook(String name) {
    return hooks.computeIfAbsent(name, n -> new Hook());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Hook h = hook(exchange.getRequestURI().getPath().substring(1));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
      String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
      if (id == null || timestamp == null || signature == null) {
        reply(exchange, 400, "{\"error\":\"not a Standard Webhooks message\"}");
        return;
      }
      int attempt = h.attempts.merge(id, 1, Integer::sum);
      if (h.delayMillis > 0) {
        Thread.sleep(h.delayMillis);
      }
      JsonNode json = JSON.readTree(body);
      Message m = new Message(id, Long.parseLong(timestamp), signature, body,
          verifies(h.secrets, id, timestamp, body, signature), Instant.now());
      if ("webhook.verification".equals(json.path("type").asText())) {
        h.messages.add(m);
        reply(exchange, 200, h.echoChallenge
            ? "{\"challenge\":\"" + json.path("challenge").asText() + "\"}" : "{}");
        return;
      }
      if (h.trickle) {
        trickle(exchange);
        return;
      }
      int status = attempt <= h.failFirst ? 503 : h.status;
      if (status >= 200 && status < 300) {
        h.messages.add(m);
      }
      reply(exchange, status, "{}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether one of the space-separated v1 signatures is the HMAC of one of the secrets. */
  public static boolean verifies(List<String> secrets, String id, String timestamp, String body,
      String header) {
    for (String secret : secrets) {
      byte[] expected = hmac(secret, id + "." + timestamp + "." + body);
      for (String sig : header.split(" ")) {
        if (sig.startsWith("v1,") && MessageDigest.isEqual(expected,
            Base64.getDecoder().decode(sig.substring(3)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] hmac(String secret, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")),
          "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void trickle(HttpExchange exchange) throws InterruptedException {
    try {
      exchange.sendResponseHeaders(200, 0);
      while (!Thread.currentThread().isInterrupted()) {
        exchange.getResponseBody().write(' ');
        exchange.getResponseBody().flush();
        Thread.sleep(100);
      }
    } catch (IOException senderHungUp) {
      // what it is for: the sender gave up
    }
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

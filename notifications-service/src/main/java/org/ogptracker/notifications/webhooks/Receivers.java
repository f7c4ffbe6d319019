package org.ogptracker.notifications.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side of webhooks: a signed POST to a receiver (Standard Webhooks 1.0 headers
 * {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), for a delivery or
 * for the challenge that verifies a receiver before its subscription is made. Never follows a
 * redirect (a receiver could point it anywhere); the address is checked before each call.
 */
@ApplicationScoped
public class Receivers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebhookConfig config;
  private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "webhook-http");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient http;

  Receivers(WebhookConfig config) {
    this.config = config;
    this.http = HttpClient.newBuilder().executor(executor)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.timeout()).build();
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** What a receiver answered: its status, or why there was none. */
  public record Answer(Integer status, String body, String error) {
    boolean ok() {
      return status != null && status >= 200 && status < 300;
    }

    String why() {
      return error != null ? error : "answered " + status;
    }
  }

  /** Why the URL may not be called now, if it may not. */
  public Optional<String> refusal(String url) {
    return ReceiverAddresses.refusal(url, config.allowPrivateReceivers());
  }

  /** Sends a signed message; completes with the receiver's answer, never exceptionally. */
  public CompletableFuture<Answer> send(String url, List<String> secrets, String id, String body) {
    Optional<String> refused = refusal(url);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(new Answer(null, null, "refused: the URL "
          + refused.get()));
    }
    long timestamp = Instant.now().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(config.timeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", "OGP-Tracker-Webhooks/1")
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", Signatures.header(secrets, id, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle((r, e) -> e == null ? new Answer(r.statusCode(), r.body(), null)
            : new Answer(null, null, cause(e).toString()));
  }

  /**
   * Whether the receiver at {@code url} takes messages signed with {@code secret}: it is sent
   * {@code {"type":"webhook.verification","challenge":...}} and must answer 2xx with the
   * challenge in its body ({@code {"challenge":...}}). Empty when it did, else why not.
   */
  public Optional<String> unverified(String url, String secret) {
    String challenge = UUID.randomUUID().toString();
    String body = "{\"type\":\"webhook.verification\",\"challenge\":\"" + challenge + "\"}";
    Answer a = send(url, List.of(secret), "msg_verify_" + UUID.randomUUID(), body).join();
    if (!a.ok()) {
      return Optional.of("the verification request to it failed: " + a.why());
    }
    try {
      JsonNode echoed = JSON.readTree(a.body() == null ? "" : a.body());
      if (echoed != null && challenge.equals(echoed.path("challenge").asText())) {
        return Optional.empty();
      }
    } catch (java.io.IOException e) {
      // not JSON: answered below
    }
    return Optional.of("it did not answer the challenge: a receiver answers "
        + "{\"type\":\"webhook.verification\",\"challenge\":\"...\"} with 2xx and "
        + "{\"challenge\":\"...\"}");
  }

  private static Throwable cause(Throwable e) {
    return e instanceof java.util.concurrent.CompletionException && e.getCause() != null
        ? e.getCause() : e;
  }
}

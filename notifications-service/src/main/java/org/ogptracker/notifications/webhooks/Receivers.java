package org.ogptracker.notifications.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The HTTP side of webhooks: a signed POST to a receiver (Standard Webhooks 1.0 headers
 * {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), for a delivery or
 * for the challenge that verifies a receiver before its subscription is made. Never follows a
 * redirect (a receiver could point it anywhere); the address is checked before each call. Sent
 * by Vert.x's client on the event loop: an attempt waiting on its receiver holds a connection,
 * no thread; the connections to one receiver are kept alive and reused.
 */
@ApplicationScoped
public class Receivers {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What of a receiver's answer is read: the challenge's echo is short, the rest is dropped. */
  static final int MAX_ANSWER_BYTES = 16 * 1024;

  private final WebhookConfig config;
  private final Vertx vertx;
  private final HttpClient http;

  Receivers(WebhookConfig config, Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
    this.http = vertx.createHttpClient(
        new HttpClientOptions().setConnectTimeout((int) config.timeout().toMillis())
            .setKeepAlive(true).setForceSni(true).setVerifyHost(true),
        // As many connections to one receiver as attempts may be in flight at once.
        new PoolOptions().setHttp1MaxSize(config.inFlight()));
  }

  @PreDestroy
  void stop() {
    http.close();
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

  /**
   * Sends a signed message; completes with the receiver's answer (its body up to
   * {@link #MAX_ANSWER_BYTES}), never exceptionally. Connecting, and the exchange after it (a receiver that trickles
   * its answer included), are each given {@code ogp.webhooks.timeout}.
   */
  public CompletableFuture<Answer> send(String url, List<String> secrets, String id, String body) {
    Optional<String> refused = refusal(url);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(new Answer(null, null, "refused: the URL "
          + refused.get()));
    }
    long timestamp = Instant.now().getEpochSecond();
    long timeout = config.timeout().toMillis();
    RequestOptions request;
    try {
      request = new RequestOptions().setAbsoluteURI(url);
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Answer(null, null, e.toString()));
    }
    request.setMethod(HttpMethod.POST).setFollowRedirects(false).setTimeout(timeout)
        .putHeader("Content-Type", "application/json")
        .putHeader("User-Agent", "OGP-Tracker-Webhooks/1")
        .putHeader("webhook-id", id)
        .putHeader("webhook-timestamp", Long.toString(timestamp))
        .putHeader("webhook-signature", Signatures.header(secrets, id, timestamp, body));
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    http.request(request).onSuccess(sent -> {
      // A receiver that trickles its answer is cut off at the timeout too.
      AtomicBoolean late = new AtomicBoolean();
      long timer = vertx.setTimer(timeout, t -> {
        late.set(true);
        sent.reset();
      });
      sent.send(Buffer.buffer(body, "UTF-8"))
          .compose(response -> readAnswer(response).map(b -> new Answer(response.statusCode(),
              b, null)))
          .onComplete(done -> {
            vertx.cancelTimer(timer);
            answer.complete(done.succeeded() ? done.result() : new Answer(null, null,
                late.get() ? "no complete answer in " + timeout + " ms"
                    : done.cause().toString()));
          });
    }).onFailure(e -> answer.complete(new Answer(null, null, e.toString())));
    return answer;
  }

  /** The answer's body, its first {@link #MAX_ANSWER_BYTES} (the rest read and dropped). */
  private static Future<String> readAnswer(HttpClientResponse response) {
    Buffer kept = Buffer.buffer();
    Promise<String> read = Promise.promise();
    response.handler(chunk -> {
      int room = MAX_ANSWER_BYTES - kept.length();
      if (room > 0) {
        kept.appendBuffer(chunk.length() <= room ? chunk : chunk.getBuffer(0, room));
      }
    });
    response.exceptionHandler(read::tryFail);
    response.endHandler(v -> read.tryComplete(kept.toString(StandardCharsets.UTF_8)));
    return read.future();
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
}

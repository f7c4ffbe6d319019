package org.ogptracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.ogptracker.platform.testing.TestTokens;

/**
 * One bad request of the campaign: an operation with exactly one thing wrong with it (the
 * mutation), everything else as a well-behaved client would send it.
 */
record Probe(ApiOperations.Operation op, String mutation, String path, String query, Auth auth,
    String contentType, byte[] body, Map<String, String> headers) {

  /** Whose token the request carries. */
  enum Auth { ALLOWED, NONE, GARBAGE, EXPIRED, FORGED, OTHER_MEMBER }

  // HTTP/1.1 as the API clients of this suite speak it (no h2c upgrade on plain http).
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The same request with another token, named as this mutation. */
  Probe with(Auth other, String mutationName) {
    return new Probe(op, mutationName, path, query, other, contentType, body, headers);
  }

  /** The answer, as status, content type and body. */
  record Answer(int status, String contentType, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return null;
      }
    }
  }

  Answer send(String gateway, CampaignFixture fixture) throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher = body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path
            + (query == null ? "" : "?" + query)))
        .timeout(Duration.ofSeconds(60))
        .method(op.method(), publisher);
    String token = switch (auth) {
      case ALLOWED -> fixture.tokenFor(op);
      case NONE -> null;
      case GARBAGE -> "not.a.token";
      case EXPIRED -> TestTokens.expired("admin");
      case FORGED -> TestTokens.forged("admin");
      case OTHER_MEMBER -> TestTokens.government(fixture.otherMember());
    };
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    HttpResponse<java.io.InputStream> r = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofInputStream());
    String type = r.headers().firstValue("Content-Type").orElse("");
    try (java.io.InputStream in = r.body()) {
      // A stream that opened (text/event-stream) does not end: its status and type are the
      // answer, and the probe hangs up as a client would.
      byte[] body = type.startsWith("text/event-stream") ? new byte[0] : in.readAllBytes();
      return new Answer(r.statusCode(), type, new String(body, StandardCharsets.UTF_8));
    }
  }

  @Override
  public String toString() {
    String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160),
        StandardCharsets.UTF_8) + (body.length > 160 ? "... (" + body.length + " bytes)" : "");
    return op + " [" + mutation + "] " + path + (query == null ? "" : "?" + query)
        + " auth=" + auth + (contentType == null ? "" : " " + contentType) + " " + headers.keySet()
        + " " + shown;
  }
}

package org.ogptracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** JSON over HTTP to one app (or the gateway), with a bearer token where one is given. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
  private final String base;

  Api(String base) {
    this.base = base;
  }

  String base() {
    return base;
  }

  /** A call that must answer one of {@code ok}; its JSON body (null when empty). */
  JsonNode call(String method, String path, String token, String json, int... ok) {
    HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return send(b.build(), ok);
  }

  JsonNode get(String path) {
    return call("GET", path, null, null, 200);
  }

  /** Uploads a file (an import), with a long timeout. */
  JsonNode upload(String path, Path file, String contentType, String token) {
    try {
      HttpRequest r = request(path, token).timeout(Duration.ofMinutes(60))
          .header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
      return send(r, 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a plain GET (e.g. Prometheus metrics). */
  String text(String path) {
    try {
      return HTTP.send(request(path, null).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static JsonNode send(HttpRequest r, int... ok) {
    try {
      HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
      for (int code : ok) {
        if (response.statusCode() == code) {
          return response.body().isEmpty() ? null : JSON.readTree(response.body());
        }
      }
      throw new IllegalStateException(r.method() + " " + r.uri() + " answered "
          + response.statusCode() + ": " + abbreviate(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(r.method() + " " + r.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 500 ? s.substring(0, 500) + "..." : s;
  }
}

package org.ogptracker.pages.web;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The three services' public read API at the HTTP level, as it answers for a member with no
 * plans and no IRM records (the end-to-end suite reads the real services), misbehaving as a test
 * asks: the first request of each address answered by closing its connection, or by a 503. It
 * counts what it was asked; {@code GET /asked}: how many requests in all, {@code GET
 * /asked/uris}: their paths and queries.
 *
 * <p>A test profile starts it (before Quarkus) and the test reads it over HTTP: the two run in
 * different class loaders, so each API is found by its port in a system property.
 */
final class FakeApi {
  enum Misbehaviour { NONE, CLOSE_FIRST, FAIL_FIRST }

  private FakeApi() {}

  /** The API of that misbehaviour, started once per JVM: its base address. */
  static synchronized String start(Misbehaviour misbehaviour) {
    String property = "ogp.test.fake-api." + misbehaviour;
    if (System.getProperty(property) == null) {
      Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
      AtomicInteger all = new AtomicInteger();
      Queue<String> uris = new ConcurrentLinkedQueue<>();
      try {
        int port = Vertx.vertx().createHttpServer().requestHandler(request -> {
          if (request.path().equals("/asked")) {
            request.response().end(Integer.toString(all.get()));
            return;
          }
          if (request.path().equals("/asked/uris")) {
            request.response().end(String.join("\n", uris));
            return;
          }
          all.incrementAndGet();
          uris.add(request.uri());
          boolean first = asked.computeIfAbsent(request.uri(), u -> new AtomicInteger())
              .getAndIncrement() == 0;
          if (first && misbehaviour == Misbehaviour.CLOSE_FIRST) {
            request.connection().close();
          } else if (first && misbehaviour == Misbehaviour.FAIL_FIRST) {
            request.response().setStatusCode(503).end();
          } else {
            answer(request);
          }
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get()
            .actualPort();
        System.setProperty(property, Integer.toString(port));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return "http://127.0.0.1:" + System.getProperty(property);
  }

  /** The profile's settings: the three clients read this API. */
  static Map<String, String> config(Misbehaviour misbehaviour) {
    String api = start(misbehaviour);
    return Map.of("quarkus.rest-client.countries.url", api,
        "quarkus.rest-client.commitments.url", api,
        "quarkus.rest-client.reports.url", api);
  }

  /** How many requests the API of that misbehaviour was asked so far. */
  static int asked(Misbehaviour misbehaviour) {
    return Integer.parseInt(RestAssured.get(start(misbehaviour) + "/asked").asString());
  }

  /** What the API of that misbehaviour was asked so far: path and query of each request. */
  static List<String> askedUris(Misbehaviour misbehaviour) {
    return RestAssured.get(start(misbehaviour) + "/asked/uris").asString().lines().toList();
  }

  /** A member ZZ?, named after its code, with empty lists of everything else. */
  private static void answer(HttpServerRequest request) {
    String path = request.path();
    String body = path.matches("/api/v1/countries/ZZ[A-Z]")
        ? "{\"code\":\"" + path.substring(path.length() - 3) + "\",\"name\":\"Land "
            + path.substring(path.length() - 3) + "\",\"kind\":\"national\","
            + "\"region\":\"Europe\",\"status\":\"active\",\"joinedOn\":\"2020-01-01\"}"
        : "{\"items\":[],\"next\":null}";
    request.response().putHeader("Content-Type", "application/json").end(body);
  }
}

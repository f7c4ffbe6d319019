package org.ogptracker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ogptracker.ports.FreePorts;

class BareProxyTest {
  @Test
  void passes_the_request_and_the_answer_through_unchanged() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      HttpServer origin = vertx.createHttpServer()
          .requestHandler(req -> req.response().setStatusCode(203).putHeader("ETag", "\"7\"")
              .end(req.method() + " " + req.uri()))
          .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      int port = FreePorts.next();
      try (BareProxy proxy = BareProxy.start(port, origin.actualPort())) {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/commitments/AL0001?x=1")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(203, response.statusCode());
        assertEquals("\"7\"", response.headers().firstValue("ETag").orElse(null));
        assertEquals("GET /api/v1/commitments/AL0001?x=1", response.body());
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }
}

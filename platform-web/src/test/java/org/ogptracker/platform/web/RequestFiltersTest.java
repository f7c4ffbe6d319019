package org.ogptracker.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one route of every request filter, on a real Vert.x server over HTTP. */
class RequestFiltersTest {
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void filters_run_highest_priority_first_then_the_route() throws Exception {
    HttpResponse<String> answer = get(List.of(
        filter("low", 10, rc -> true), filter("high", 30, rc -> true),
        filter("middle", 20, rc -> true)));

    assertEquals(200, answer.statusCode());
    assertEquals("route", answer.body());
    assertEquals(List.of("high", "middle", "low", "route"), ran);
  }

  @Test
  void a_filter_that_answers_stops_the_chain_and_the_route() throws Exception {
    HttpResponse<String> answer = get(List.of(filter("first", 30, rc -> true),
        filter("refuses", 20, rc -> {
          rc.response().setStatusCode(400).end("refused");
          return false;
        }), filter("after", 10, rc -> true)));

    assertEquals(400, answer.statusCode());
    assertEquals("refused", answer.body());
    assertEquals(List.of("first", "refuses"), ran);
  }

  @Test
  void two_filters_of_one_priority_are_refused_at_start() {
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> RequestFilters.inOrder(List.of(filter("a", 5, rc -> true),
            filter("b", 5, rc -> true))));
    assertTrue(refused.getMessage().contains("share priority 5"), refused.getMessage());
  }

  private HttpResponse<String> get(List<RequestFilter> filters) throws Exception {
    RequestFilter[] chain = RequestFilters.inOrder(filters);
    Router router = Router.router(vertx);
    router.route().handler(rc -> RequestFilters.run(chain, rc));
    router.route().handler(rc -> {
      ran.add("route");
      rc.response().end("route");
    });
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.actualPort() + "/anything")).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private RequestFilter filter(String name, int priority, Predicate<RoutingContext> pass) {
    return new RequestFilter() {
      @Override
      public int priority() {
        return priority;
      }

      @Override
      public boolean pass(RoutingContext rc) {
        ran.add(name);
        return pass.test(rc);
      }
    };
  }
}

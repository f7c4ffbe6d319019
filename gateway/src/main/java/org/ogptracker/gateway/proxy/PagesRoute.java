package org.ogptracker.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.ogptracker.gateway.ProblemReplies;
import org.ogptracker.gateway.routing.Downstream;
import org.ogptracker.gateway.routing.Routes;
import org.ogptracker.platform.web.Problem;

/**
 * The public tracker's pages ({@code /}, {@code /members/*}, {@code /plans/*},
 * {@code /commitments/*}, {@code /static/*}), made by pages-service: read-only (GET and HEAD),
 * rate-limited as reads, checked like the API's paths. Absent when no pages URL is configured.
 */
@ApplicationScoped
public class PagesRoute {
  static final List<String> PATHS = List.of("/", "/members/*", "/plans/*", "/commitments/*",
      "/static/*");

  private final Routes routes;
  private final ApiRoute api;
  private final ProblemReplies replies;

  PagesRoute(Routes routes, ApiRoute api, ProblemReplies replies) {
    this.routes = routes;
    this.api = api;
    this.replies = replies;
  }

  void install(@Observes Router router) {
    routes.pages().ifPresent(pages -> {
      for (String path : PATHS) {
        router.route(path).handler(rc -> handle(rc, pages));
      }
    });
  }

  private void handle(RoutingContext rc, Downstream pages) {
    HttpMethod method = rc.request().method();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      rc.response().putHeader("Allow", "GET, HEAD");
      replies.send(rc, Problem.of("method-not-allowed", "Method not allowed", 405,
          "The pages are read with GET"));
      return;
    }
    if (rc.request().uri().length() > ApiRoute.MAX_URI_LENGTH
        || Routes.isTraversal(rc.request().path())) {
      replies.send(rc, ProblemReplies.notFound("No page at " + rc.request().path()));
      return;
    }
    api.pass(rc, pages);
  }
}

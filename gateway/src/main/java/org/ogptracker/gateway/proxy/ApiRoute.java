package org.ogptracker.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.ogptracker.gateway.ProblemReplies;
import org.ogptracker.gateway.auth.BearerTokens;
import org.ogptracker.gateway.limits.RateLimits;
import org.ogptracker.gateway.routing.Downstream;
import org.ogptracker.gateway.routing.Routes;
import org.ogptracker.platform.web.Problem;

/**
 * {@code /api/v1/*}: each request is checked in turn (a path that stays in place, a service
 * that owns it, a valid token if any, the client's rate limit) and then proxied to its service.
 * Every refusal is a problem response; nothing refused reaches a service.
 */
@ApplicationScoped
public class ApiRoute {
  /**
   * Longest request target passed on: the services read request lines of up to 4096 bytes
   * (Quarkus' default), method and protocol included. The gateway itself reads up to 64 KiB
   * (quarkus.http.limits.max-initial-line-length) so that it can refuse longer ones in words.
   */
  static final int MAX_URI_LENGTH = 4000;
  private final Routes routes;
  private final BearerTokens tokens;
  private final RateLimits limits;
  private final ServiceProxies proxies;
  private final ProblemReplies replies;

  ApiRoute(Routes routes, BearerTokens tokens, RateLimits limits, ServiceProxies proxies,
      ProblemReplies replies) {
    this.routes = routes;
    this.tokens = tokens;
    this.limits = limits;
    this.proxies = proxies;
    this.replies = replies;
  }

  void install(@Observes Router router) {
    router.route("/api/v1/*").handler(this::handle);
    router.route("/api/v1").handler(rc -> replies.send(rc,
        ProblemReplies.notFound("The API lives under /api/v1/<resource>; see /q/openapi")));
  }

  void handle(RoutingContext rc) {
    CachePolicy.declare(rc);
    if (rc.request().uri().length() > MAX_URI_LENGTH) {
      replies.send(rc, Problem.of("uri-too-long", "URI too long", 414, "The path and query may "
          + "hold at most " + MAX_URI_LENGTH + " characters; narrow the query"));
      return;
    }
    String path = rc.request().path();
    if (Routes.isTraversal(path)) {
      replies.send(rc, Problem.of("bad-path", "Bad path", 400,
          "Paths may not hold '.' or '..' segments or encoded slashes"));
      return;
    }
    Optional<Downstream> owner = routes.owner(path);
    if (owner.isEmpty()) {
      replies.send(rc, ProblemReplies.notFound("No resource at " + path + "; see /q/openapi"));
      return;
    }
    pass(rc, owner.get());
  }

  /**
   * The caller identified (a bearer token checked, if it sent one) and within its rate limit
   * (reads and writes apart), the request goes to {@code to}.
   */
  void pass(RoutingContext rc, Downstream to) {
    tokens.identifyWhereItMayWait(rc).onComplete(identified -> {
      if (identified.failed()) {
        rc.request().resume(); // its body is read (and dropped): the connection goes on
        if (identified.cause() instanceof BearerTokens.Refused refused) {
          rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
          replies.send(rc, refused.problem());
        } else {
          rc.fail(identified.cause());
        }
        return;
      }
      HttpMethod method = rc.request().method();
      boolean write = !(method == HttpMethod.GET || method == HttpMethod.HEAD
          || method == HttpMethod.OPTIONS);
      limits.admit(rc, identified.result().clientKey(), write,
          () -> proxies.forward(to, rc.request()));
    });
  }
}

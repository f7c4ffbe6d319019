package org.ogptracker.gateway.proxy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.ogptracker.gateway.ProblemReplies;
import org.ogptracker.platform.web.Problem;
import org.ogptracker.platform.web.RequestIds;

/**
 * Wraps the calls to one service in a circuit breaker and turns every failure to reach it into a
 * problem response: 503 when it cannot be reached or its breaker is open, 504 when it went
 * silent. What the service answers itself, errors included, passes unchanged.
 */
final class GuardedOrigin implements ProxyInterceptor {
  private static final Logger LOG = Logger.getLogger(GuardedOrigin.class);
  private final String service;
  private final CircuitBreaker breaker;
  private final Duration openFor;
  private final ProblemReplies replies;

  GuardedOrigin(String service, CircuitBreaker breaker, Duration openFor, ProblemReplies replies) {
    this.service = service;
    this.breaker = breaker;
    this.openFor = openFor;
    this.replies = replies;
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    if (!breaker.tryAcquirePermission()) {
      return Future.succeededFuture(problem(context, ProblemReplies.unavailable(service
          + " failed repeatedly; calls to it are paused for " + openFor.toSeconds() + " s"),
          openFor.toSeconds()));
    }
    long start = System.nanoTime();
    return context.sendRequest().transform(result -> {
      long took = System.nanoTime() - start;
      if (result.succeeded()) {
        breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        return Future.succeededFuture(result.result());
      }
      Throwable cause = result.cause();
      if (context.request().proxiedRequest().response().closed()) {
        // The client went away (and the call with it): no fault of the service.
        breaker.releasePermission();
        return Future.failedFuture(cause);
      }
      breaker.onError(took, TimeUnit.NANOSECONDS, cause);
      LOG.warnf("%s failed: %s", service, cause.toString());
      boolean silent = cause.getClass().getSimpleName().contains("Timeout");
      Problem problem = silent
          ? Problem.of("timeout", "Gateway timeout", 504, service + " did not answer in time")
          : ProblemReplies.unavailable(service + " cannot be reached");
      return Future.succeededFuture(problem(context, problem, 1));
    });
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    // The gateway already answers with the request id it passed on; one header, not two.
    context.response().headers().remove(RequestIds.HEADER);
    return context.sendResponse();
  }

  private ProxyResponse problem(ProxyContext context, Problem problem, long retryAfterSeconds) {
    ProxyResponse response = context.request().release().response()
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .setBody(Body.body(replies.body(context.request().proxiedRequest(), problem)));
    if (problem.status() == 503) {
      response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
    return response;
  }
}

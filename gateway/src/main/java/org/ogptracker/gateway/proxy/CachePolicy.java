package org.ogptracker.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * What a cache between the gateway and a client (a browser, a CDN, an app's HTTP cache) may keep
 * of an API answer, unless the service said otherwise. An anonymous read is public data: kept 30
 * seconds, then revalidated with its ETag (the services answer 304 when it still holds). A read
 * with a token may hold what only that caller sees (a draft report): kept by the caller's own
 * cache only, and revalidated each time. Both vary by Accept (JSON or CSV from one URL) and by
 * Authorization. Errors, refusals and writes are never kept.
 */
final class CachePolicy {
  static final String PUBLIC_READ = "public, max-age=30";
  static final String PRIVATE_READ = "private, no-cache";
  static final String NEVER = "no-store";

  private CachePolicy() {}

  /** Declares the policy of {@code rc}'s answer when its headers are written. */
  static void declare(RoutingContext rc) {
    rc.addHeadersEndHandler(v -> {
      MultiMap headers = rc.response().headers();
      if (headers.contains(HttpHeaders.CACHE_CONTROL)) {
        return;
      }
      HttpMethod method = rc.request().method();
      int status = rc.response().getStatusCode();
      boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
      if (!read || !(status == 200 || status == 304)) {
        headers.set(HttpHeaders.CACHE_CONTROL, NEVER);
        return;
      }
      boolean anonymous = rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
      headers.set(HttpHeaders.CACHE_CONTROL, anonymous ? PUBLIC_READ : PRIVATE_READ);
      headers.add(HttpHeaders.VARY, "Accept, Authorization");
    });
  }
}

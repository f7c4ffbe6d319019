package org.ogptracker.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, as problem responses and before any handler reads it, a request body that has no
 * Content-Type (415) or declares more bytes than its kind may hold (413): a JSON body
 * {@code ogp.http.max-json-body-size} (parsed whole into objects, so kept small), any other
 * (the CSV imports, read as a stream) {@code quarkus.http.limits.max-body-size}. The oversized
 * body is read and dropped first, so the client, still sending, gets the answer instead of a
 * reset connection; past {@link #DRAIN_LIMIT} the connection is closed.
 */
@ApplicationScoped
public class RequestBodies implements RequestFilter {
  static final long DRAIN_LIMIT = 64L * 1024 * 1024;
  private final long maxBytes;
  private final long maxJsonBytes;

  RequestBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size",
      defaultValue = "10240K") MemorySize maxBodySize,
      @ConfigProperty(name = "ogp.http.max-json-body-size", defaultValue = "512K")
      MemorySize maxJsonBodySize) {
    this.maxBytes = maxBodySize.asLongValue();
    this.maxJsonBytes = Math.min(maxJsonBodySize.asLongValue(), maxBytes);
  }

  @Override
  public int priority() {
    return 900;
  }

  @Override
  public boolean pass(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    boolean chunked = "chunked".equalsIgnoreCase(request.getHeader(HttpHeaders.TRANSFER_ENCODING));
    long declared = parse(length);
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    long max = json(type) ? maxJsonBytes : maxBytes;
    if (declared > max) {
      drainThen(rc, Problem.of("body-too-large", "Request body too large", 413,
          "The body may hold at most " + max + " bytes; this one declares " + declared));
      return false;
    }
    if ((declared > 0 || chunked) && type == null) {
      drainThen(rc, Problem.of("unsupported-media-type", "Unsupported media type", 415,
          "A request body needs a Content-Type; this API reads application/json"));
      return false;
    }
    return true;
  }

  /** application/json, application/merge-patch+json and any other +json type. */
  static boolean json(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }

  private static long parse(String length) {
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1; // Vert.x refuses a malformed length before any filter runs
    }
  }

  private static void drainThen(RoutingContext rc, Problem problem) {
    HttpServerRequest request = rc.request();
    // Ended already, or a client waiting for "100 Continue" before it sends: answer now.
    if (request.isEnded() || "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
      Problem.send(rc, problem);
      return;
    }
    long[] seen = {0};
    request.handler(chunk -> {
      seen[0] += chunk.length();
      if (seen[0] > DRAIN_LIMIT) {
        request.connection().close();
      }
    });
    request.endHandler(end -> Problem.send(rc, problem));
    request.exceptionHandler(e -> { }); // the client went away; nothing to answer
    request.resume();
  }
}

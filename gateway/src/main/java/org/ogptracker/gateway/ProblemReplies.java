package org.ogptracker.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import org.ogptracker.platform.web.Problem;

/** The gateway's own error answers: RFC 9457 bodies, the same shape the services give. */
@Singleton
public class ProblemReplies {
  private final ObjectMapper json;

  ProblemReplies(ObjectMapper json) {
    this.json = json;
  }

  /** Answers {@code rc} with the problem, about the request's path. */
  public void send(RoutingContext rc, Problem problem) {
    Problem.send(rc, problem);
  }

  /** The JSON body of the problem, about {@code request}'s path. */
  public Buffer body(HttpServerRequest request, Problem problem) {
    try {
      return Buffer.buffer(json.writeValueAsBytes(problem.at(request.path())));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Problem notFound(String detail) {
    return Problem.of("not-found", "Not found", 404, detail);
  }

  public static Problem unavailable(String detail) {
    return Problem.of("unavailable", "Service unavailable", 503, detail);
  }
}

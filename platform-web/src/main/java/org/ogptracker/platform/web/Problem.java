package org.ogptracker.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the only shape an error response takes. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(description = "Stable identifier of the problem type",
        example = "urn:ogp-tracker:problem:validation") String type,
    @Schema(description = "Short summary of the problem type", example = "Invalid request") String title,
    @Schema(description = "HTTP status code", example = "400") int status,
    @Schema(description = "What went wrong with this request",
        example = "2 fields are invalid") String detail,
    @Schema(description = "Path of the request", example = "/api/v1/countries") String instance,
    @Schema(description = "One entry per invalid field") List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:ogp-tracker:problem:";

  /** One invalid field of a request. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(
      @Schema(example = "scores.fiscal_transparency") String field,
      @Schema(example = "must be less than or equal to 4") String message) {}

  /** A problem of type {@code urn:ogp-tracker:problem:<slug>} without field errors. */
  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(TYPE_PREFIX + slug, title, status, detail, null, List.of());
  }

  /**
   * Answers a request with this problem from a Vert.x route or filter (where no JAX-RS mapper
   * runs), about the request's path, unless an answer is already on its way.
   */
  public static void send(RoutingContext rc, Problem problem) {
    if (rc.response().ended()) {
      return;
    }
    JsonObject body = new JsonObject().put("type", problem.type()).put("title", problem.title())
        .put("status", problem.status()).put("detail", problem.detail())
        .put("instance", rc.request().path());
    rc.response().setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
        .end(body.encode());
  }

  /** The same problem about the request at {@code path}. */
  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }
}

package org.ogptracker.platform.problem;

import java.util.List;
import org.ogptracker.platform.web.Problem;

/** The problem types of the suite, one factory per type so their slugs and titles stay stable. */
public final class Problems {
  private Problems() {}

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(404, "not-found", "Not found", "No " + what + " '" + id + "'");
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "validation", "Invalid request", detail);
  }

  public static ProblemException invalidField(String field, String message) {
    return invalid(List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException invalid(List<Problem.FieldError> errors) {
    String detail = errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid";
    return new ProblemException(new Problem(Problem.TYPE_PREFIX + "validation", "Invalid request",
        400, detail, null, errors));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail);
  }

  public static ProblemException staleEtag(String detail) {
    return new ProblemException(412, "stale-etag", "Precondition failed", detail);
  }

  public static ProblemException preconditionRequired(String detail) {
    return new ProblemException(428, "precondition-required", "Precondition required", detail);
  }

  public static ProblemException bodyTooLarge(String detail) {
    return new ProblemException(413, "body-too-large", "Request body too large", detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail);
  }

  public static ProblemException unprocessable(String slug, String detail) {
    return new ProblemException(422, slug, "Unprocessable request", detail);
  }
}

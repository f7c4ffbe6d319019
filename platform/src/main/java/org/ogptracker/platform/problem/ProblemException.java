package org.ogptracker.platform.problem;

import java.util.List;
import java.util.Map;
import org.ogptracker.platform.web.Problem;

/** Thrown anywhere in a request to answer with a problem response; never logged as an error. */
public class ProblemException extends RuntimeException {
  private final transient Problem problem;
  private final transient Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
    this.headers = headers;
  }

  public ProblemException(int status, String slug, String title, String detail) {
    this(Problem.of(slug, title, status, detail));
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}

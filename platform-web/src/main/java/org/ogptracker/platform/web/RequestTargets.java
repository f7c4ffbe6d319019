package org.ogptracker.platform.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Refuses a path or query that decodes to a NUL character ({@code %00}) with a 400 problem: no
 * id, code or search text holds one, and PostgreSQL cannot take it as a parameter. (A broken
 * escape such as {@code %zz} never gets this far: Vert.x answers it with a bare 400 and closes
 * the connection while parsing the request.)
 */
@ApplicationScoped
public class RequestTargets implements RequestFilter {
  @Override
  public int priority() {
    return 950;
  }

  @Override
  public boolean pass(RoutingContext rc) {
    if (rc.request().uri().contains("%00") && hasNul(rc)) {
      Problem.send(rc, Problem.of("validation", "Invalid request", 400,
          "The path and query parameters may not hold a NUL character (%00)"));
      return false;
    }
    return true;
  }

  private static boolean hasNul(RoutingContext rc) {
    if (rc.request().path().contains("%00")) {
      return true;
    }
    for (Map.Entry<String, String> p : rc.queryParams()) {
      if (p.getKey().indexOf('\0') >= 0 || p.getValue().indexOf('\0') >= 0) {
        return true;
      }
    }
    return false;
  }
}

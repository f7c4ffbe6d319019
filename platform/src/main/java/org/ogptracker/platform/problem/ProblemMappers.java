package org.ogptracker.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ogptracker.platform.web.Problem;

/**
 * Turns every failure of a request into an RFC 9457 problem response: bad input becomes a 4xx
 * that names the field, anything unexpected a 500 without internals.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.problem(), uri, e.headers());
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
    }
    errors.sort(Comparator.comparing(Problem.FieldError::field));
    return respond(Problems.invalid(errors).problem(), uri, Map.of());
  }

  @ServerExceptionMapper({
    com.fasterxml.jackson.core.JsonParseException.class,
    com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
    com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
    JsonMappingException.class,
    JsonProcessingException.class
  })
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    return respond(JsonErrors.describe(e).problem(), uri, Map.of());
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthenticated(RuntimeException e, UriInfo uri) {
    Problem p = new ProblemException(401, "unauthenticated", "Unauthenticated",
        "A valid bearer token is required").problem();
    return respond(p, uri, Map.of("WWW-Authenticate", "Bearer"));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(Problems.forbidden("Your role may not do this").problem(), uri, Map.of());
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
    return respond(Problems.staleEtag("The resource was changed by another request; "
        + "read it again and retry with its new ETag").problem(), uri, Map.of());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    Response r = e.getResponse();
    int status = r.getStatus();
    if (Response.Status.Family.familyOf(status) == Response.Status.Family.REDIRECTION) {
      return r;
    }
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    String reason = r.getStatusInfo().getReasonPhrase();
    String detail = status == 404 ? "No resource at this path" : reason;
    Problem p = new ProblemException(status, slug(reason), reason, detail).problem();
    Map<String, String> headers = r.getHeaderString("Allow") == null
        ? Map.of() : Map.of("Allow", r.getHeaderString("Allow"));
    return respond(p, uri, headers);
  }

  @ServerExceptionMapper(priority = 10_000)
  public Response unexpected(Throwable e, UriInfo uri) {
    Throwable cause = rootOf(e);
    if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
      return concurrentUpdate((RuntimeException) cause, uri);
    }
    if (DatabaseOutage.causedBy(e)) {
      LOG.warnf("Database unavailable: %s", cause.toString());
      Problem p = new ProblemException(503, "database-unavailable", "Service unavailable",
          "The database cannot be reached; nothing was changed, retry shortly").problem();
      return respond(p, uri, Map.of("Retry-After", "5"));
    }
    if (DatabaseOutage.busy(e)) {
      LOG.warnf("Database busy: %s", cause.toString());
      Problem p = new ProblemException(503, "database-busy", "Service unavailable",
          "The database did not get to this request in time (it waited for another's lock "
              + "or ran too long); nothing was changed, retry shortly").problem();
      return respond(p, uri, Map.of("Retry-After", "2"));
    }
    LOG.error("Unexpected failure", e);
    Problem p = new ProblemException(500, "internal", "Internal error",
        "The request could not be completed; it has been logged").problem();
    return respond(p, uri, Map.of());
  }

  static Response respond(Problem problem, UriInfo uri, Map<String, String> headers) {
    Response.ResponseBuilder b = Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(uri == null ? problem : problem.at(uri.getRequestUri().getRawPath()));
    headers.forEach(b::header);
    return b.build();
  }

  /** Field path of a violation without the method and body-parameter names. */
  static String fieldName(Path path) {
    List<String> names = new ArrayList<>();
    Iterator<Path.Node> it = path.iterator();
    List<Path.Node> nodes = new ArrayList<>();
    it.forEachRemaining(nodes::add);
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node n = nodes.get(i);
      boolean leaf = i == nodes.size() - 1;
      if (n.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (n.getKind() == ElementKind.PARAMETER && !leaf) {
        continue;
      }
      String name = n.getName() == null ? "" : n.getName();
      if (n.getIndex() != null) {
        name = name + "[" + n.getIndex() + "]";
      } else if (n.getKey() != null) {
        name = name + "." + n.getKey();
      }
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }

  static String slug(String reason) {
    return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static Throwable rootOf(Throwable e) {
    Throwable c = e;
    for (int i = 0; i < 10 && c.getCause() != null && c.getCause() != c; i++) {
      c = c.getCause();
      if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
        return c;
      }
    }
    return c;
  }
}

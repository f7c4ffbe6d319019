package org.ogptracker.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.ogptracker.platform.web.Problem;

/**
 * Checks the bearer token of a request with the suite's key and issuer (the services' own
 * configuration, {@code mp.jwt.verify.*}). No token is fine: reads are public and the services
 * refuse anonymous writes. A token that is malformed, forged or expired never gets through.
 */
@ApplicationScoped
public class BearerTokens {
  private static final String BEARER = "Bearer ";
  private final JWTParser parser;

  BearerTokens(JWTParser parser) {
    this.parser = parser;
  }

  /** Who sent the request: a verified token's subject, or anonymous. */
  public sealed interface Identity {
    /** The rate-limit key of this identity. */
    String clientKey();
  }

  public record Subject(String subject) implements Identity {
    @Override
    public String clientKey() {
      return "sub:" + subject;
    }
  }

  public record Anonymous(String address) implements Identity {
    /** The anonymous client of a request: its address (a trusted proxy's forwarded one). */
    public static Anonymous of(HttpServerRequest request) {
      return new Anonymous(Optional.ofNullable(request.remoteAddress())
          .map(a -> a.hostAddress()).orElse("unknown"));
    }

    @Override
    public String clientKey() {
      return "ip:" + address;
    }
  }

  /** A request whose token is refused, with the reason. */
  public static final class Refused extends Exception {
    private final Problem problem;

    Refused(String detail) {
      super(detail, null, false, false);
      this.problem = Problem.of("unauthorized", "Unauthorized", 401, detail);
    }

    public Problem problem() {
      return problem;
    }
  }

  public Identity identify(HttpServerRequest request) throws Refused {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return Anonymous.of(request);
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new Refused("Authorization must be 'Bearer <token>'");
    }
    try {
      String subject = parser.parse(header.substring(BEARER.length()).trim()).getSubject();
      if (subject == null || subject.isBlank()) {
        throw new Refused("The token has no subject");
      }
      return new Subject(subject);
    } catch (ParseException e) {
      throw new Refused("The token is invalid or expired");
    }
  }
}

package org.ogptracker.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogptracker.gateway.TrustedProxies;
import org.ogptracker.platform.web.Problem;

/**
 * Checks the bearer token of a request with the suite's key and issuer (the services' own
 * configuration, {@code mp.jwt.verify.*}). No token is fine: reads are public and the services
 * refuse anonymous writes. A token that is malformed, forged or expired never gets through.
 */
@Singleton
public class BearerTokens {
  private static final String BEARER = "Bearer ";
  private final JWTParser parser;
  private final Vertx vertx;
  /** Whether the key comes from a URL (a JWKS endpoint), not a file. */
  private final boolean remoteKeys;

  BearerTokens(JWTParser parser, Vertx vertx,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") String keyLocation) {
    this.parser = parser;
    this.vertx = vertx;
    this.remoteKeys = keyLocation.startsWith("http://") || keyLocation.startsWith("https://");
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
    public static Anonymous of(RoutingContext rc) {
      return new Anonymous(TrustedProxies.client(rc));
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

  /**
   * {@link #identify} where it may wait: a token checked against the identity provider's JWKS URL
   * may need the key set fetched (every refresh interval, or for a new kid), a blocking HTTP call
   * that must never hold an event loop, so it is checked on a worker while the request's body
   * waits; a token checked against a key file, or no token, is checked at once.
   */
  public Future<Identity> identifyWhereItMayWait(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    if (!remoteKeys || request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      try {
        return Future.succeededFuture(identify(rc));
      } catch (Refused refused) {
        return Future.failedFuture(refused);
      }
    }
    request.pause();
    return vertx.executeBlocking(() -> identify(rc), false);
  }

  public Identity identify(RoutingContext rc) throws Refused {
    String header = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return Anonymous.of(rc);
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

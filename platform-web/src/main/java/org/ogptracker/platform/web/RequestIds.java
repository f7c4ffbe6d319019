package org.ogptracker.platform.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request carries an {@code X-Request-Id}: the caller's when it is a sane token, else a
 * new UUID. It is set on the request (so a proxy passes it on), returned on the response and put
 * in the logging context as {@code requestId}, which every log line prints.
 */
@ApplicationScoped
public class RequestIds implements RequestFilter {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  @Override
  public int priority() {
    return 1000;
  }

  @Override
  public boolean pass(RoutingContext rc) {
    String id = accepted(rc.request().getHeader(HEADER));
    rc.request().headers().set(HEADER, id);
    rc.response().putHeader(HEADER, id);
    MDC.put(MDC_KEY, id);
    return true;
  }

  /** The caller's id when it is 1-128 letters, digits or {@code ._:-}; otherwise a new one. */
  public static String accepted(String given) {
    return given != null && SANE.matcher(given).matches() ? given : newId();
  }

  /**
   * A random (version 4 shaped) UUID from a thread-local generator: an id to find log lines by,
   * not a secret, so it need not pay for {@code SecureRandom} on every request.
   */
  static String newId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}

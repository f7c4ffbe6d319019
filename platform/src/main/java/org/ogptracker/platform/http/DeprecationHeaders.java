package org.ogptracker.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The headers of an operation marked {@link DeprecatedOperation}, on every answer it gives:
 * {@code Deprecation: @<seconds>} (RFC 9745, a structured-field date), {@code Sunset: <HTTP-date>}
 * (RFC 8594) and {@code Link: <...>; rel="deprecation"}. Clients and API gateways that know the
 * RFCs warn their users; the rest still see the link.
 */
@Provider
public class DeprecationHeaders implements ContainerResponseFilter {
  /** IMF-fixdate: two-digit day (RFC_1123_DATE_TIME would write "1 Jul"). */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resource == null ? null : resource.getResourceMethod();
    DeprecatedOperation deprecated = method == null ? null
        : method.getAnnotation(DeprecatedOperation.class);
    if (deprecated != null) {
      response.getHeaders().add("Deprecation", deprecation(deprecated.since()));
      response.getHeaders().add("Sunset", sunset(deprecated.sunset()));
      response.getHeaders().add("Link", "<" + deprecated.link() + ">; rel=\"deprecation\"");
    }
  }

  /** RFC 9745: the moment as {@code @} and seconds since the epoch. */
  static String deprecation(String isoDate) {
    return "@" + LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }

  /** RFC 8594: an HTTP-date (RFC 9110 IMF-fixdate). */
  static String sunset(String isoDate) {
    return HTTP_DATE.format(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC));
  }
}

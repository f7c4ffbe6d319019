package org.ogptracker.platform.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method on its way out: every answer says since when (RFC 9745 {@code Deprecation})
 * and until when it answers (RFC 8594 {@code Sunset}), with a link to what replaces it
 * ({@link DeprecationHeaders}). Put {@link Deprecated} beside it, so the OpenAPI document marks
 * the operation deprecated and declares those headers ({@code openapi.Deprecations}); and an
 * entry in docs/api/changelog.md. The rules are in docs/api/changelog.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DeprecatedOperation {
  /** The day it was deprecated, as an ISO date (2027-01-31). */
  String since();

  /** The first day it may no longer answer, as an ISO date, at least six months after since. */
  String sunset();

  /** Where a client reads what to use instead (the changelog's entry). */
  String link();
}

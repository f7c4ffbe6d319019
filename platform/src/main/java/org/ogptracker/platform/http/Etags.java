package org.ogptracker.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.ogptracker.platform.problem.Problems;

/**
 * ETags from entity versions, and the preconditions that keep a write from overwriting a change
 * its client never saw.
 *
 * <p>An ETag is the quoted version number of the resource, e.g. {@code "3"}. A change of an
 * existing resource must name the version it was made from: without {@code If-Match} it is a 428
 * (RFC 6585), with a stale one a 412. {@code *} matches any version; a weak {@code W/"3"} none
 * (If-Match compares strongly, RFC 9110).
 */
public final class Etags {
  private Etags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  public static <T> RestResponse<T> ok(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
  }

  public static Response.ResponseBuilder tagged(Response.ResponseBuilder b, long version) {
    return b.tag(of(version));
  }

  /**
   * 201 with the new resource, its ETag and a relative Location (relative, so it stays right
   * behind the gateway).
   */
  public static Response created(String location, long version, Object body) {
    return Response.status(Response.Status.CREATED).header("Location", location)
        .tag(of(version)).entity(body).build();
  }

  /**
   * A change of an existing resource: 428 without {@code If-Match}, 412 unless it is {@code *}
   * or lists {@code currentVersion}. A malformed header is a 400.
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (absent(ifMatch)) {
      throw Problems.preconditionRequired("Send If-Match with the ETag of the resource as read "
          + "(it is \"" + currentVersion + "\" now), so a change made since is not overwritten");
    }
    requireMatchIfSent(ifMatch, currentVersion);
  }

  /**
   * A step the resource's state machine guards (publish, a status change): If-Match may be
   * left out, but when sent it must match.
   */
  public static void requireMatchIfSent(String ifMatch, long currentVersion) {
    if (absent(ifMatch) || matches(ifMatch, currentVersion, "If-Match")) {
      return;
    }
    throw Problems.staleEtag("If-Match " + ifMatch + " does not match the current ETag \""
        + currentVersion + "\"; read the resource again");
  }

  /**
   * A PUT that creates the resource or replaces it ({@code currentVersion} null when there is
   * none yet). Replacing needs {@code If-Match} as any change does; creating needs no
   * precondition, and {@code If-None-Match: *} makes it fail with 412 if another client created
   * it first. If-Match on a resource that does not exist is a 412.
   */
  public static void requireForPut(String ifMatch, String ifNoneMatch, Long currentVersion) {
    if (currentVersion == null) {
      if (!absent(ifMatch)) {
        throw Problems.staleEtag("If-Match " + ifMatch + " names a version, but there is none "
            + "yet; leave If-Match out (or send If-None-Match: *) to create it");
      }
      return;
    }
    if (!absent(ifNoneMatch) && matches(ifNoneMatch, currentVersion, "If-None-Match")) {
      throw Problems.staleEtag("If-None-Match " + ifNoneMatch + ": it exists now (ETag \""
          + currentVersion + "\"); read it and replace it with If-Match");
    }
    requireMatch(ifMatch, currentVersion);
  }

  /**
   * Whether a GET's {@code If-None-Match} names the current entity tag ({@code "3"}), compared
   * weakly as RFC 9110 (13.1.2) says for reads: the client's copy is current. A malformed list
   * matches nothing (the client gets the resource).
   */
  public static boolean unchangedFor(String ifNoneMatch, String currentTag) {
    if (absent(ifNoneMatch) || currentTag == null) {
      return false;
    }
    String current = currentTag.startsWith("W/") ? currentTag.substring(2) : currentTag;
    for (String raw : ifNoneMatch.split(",")) {
      String tag = raw.trim();
      if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(current)) {
        return true;
      }
    }
    return false;
  }

  private static boolean absent(String header) {
    return header == null || header.isBlank();
  }

  /** Whether a list of entity tags (or {@code *}) names the version, compared strongly. */
  private static boolean matches(String header, long version, String name) {
    String current = Long.toString(version);
    boolean matched = false;
    for (String raw : header.split(",")) {
      String tag = raw.trim();
      if (tag.equals("*")) {
        return true;
      }
      // A weak tag is well formed but never matches strongly (RFC 9110, 13.1.1).
      boolean weak = tag.startsWith("W/");
      if (weak) {
        tag = tag.substring(2);
      }
      if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
        throw Problems.invalidField(name, "must be a quoted ETag such as \"3\", or *");
      }
      matched |= !weak && tag.substring(1, tag.length() - 1).equals(current);
    }
    return matched;
  }
}

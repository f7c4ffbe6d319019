package org.ogptracker.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.ogptracker.platform.problem.Problems;

/**
 * ETags from entity versions, and the If-Match check that turns a stale write into a 412.
 *
 * <p>An ETag is the quoted version number of the resource, e.g. {@code "3"}. If-Match is optional;
 * when sent it must name the current version ({@code *} matches any; a weak {@code W/"3"} none).
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
   * Fails with 412 unless {@code ifMatch} is absent, {@code *}, or lists {@code currentVersion}.
   * A malformed header is a 400.
   */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return;
    }
    String current = Long.toString(currentVersion);
    for (String raw : ifMatch.split(",")) {
      String tag = raw.trim();
      if (tag.equals("*")) {
        return;
      }
      // A weak tag is well formed but never matches: If-Match compares strongly (RFC 9110).
      boolean weak = tag.startsWith("W/");
      if (weak) {
        tag = tag.substring(2);
      }
      if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
        throw Problems.invalidField("If-Match", "must be a quoted ETag such as \"3\", or *");
      }
      if (!weak && tag.substring(1, tag.length() - 1).equals(current)) {
        return;
      }
    }
    throw Problems.staleEtag("If-Match " + ifMatch + " does not match the current ETag \""
        + current + "\"; read the resource again");
  }
}

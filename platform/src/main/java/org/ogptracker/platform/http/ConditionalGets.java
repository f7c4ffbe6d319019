package org.ogptracker.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A read of a resource the client already holds is answered 304 Not Modified, without its body:
 * a GET whose {@code If-None-Match} names the ETag the answer carries. This is how a cache (a
 * browser, a CDN, an app) revalidates what the gateway let it keep for a short while
 * (Cache-Control), and how an app that polls one commitment pays for nothing when nothing moved.
 */
@Provider
public class ConditionalGets implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (response.getStatus() != 200
        || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
      return;
    }
    Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
    String current = etag instanceof EntityTag tag
        ? (tag.isWeak() ? "W/" : "") + "\"" + tag.getValue() + "\""
        : etag == null ? null : etag.toString();
    if (Etags.unchangedFor(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), current)) {
      response.setStatus(304);
      response.setEntity(null);
    }
  }
}

package org.ogptracker.pages.web;

import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a reader sees when a page cannot be made, as a page in their language: no such member,
 * plan or commitment (404, also when the API answers 404); a filter the API refuses (400); the
 * API out of reach or failing (503, and the log says why).
 */
public class PageErrors {
  private static final Logger LOG = Logger.getLogger(PageErrors.class);

  private final Template error;
  private final PageResponses pages;

  PageErrors(Template error, PageResponses pages) {
    this.error = error;
    this.pages = pages;
  }

  /** Whether a call to the API failed with 404: the thing is not there. */
  static boolean notFound(Throwable e) {
    return e instanceof WebApplicationException w && w.getResponse().getStatus() == 404;
  }

  @ServerExceptionMapper
  Uni<Response> answered(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
    int status = e.getResponse().getStatus();
    if (status == 404) {
      return page("error.not-found", Response.Status.NOT_FOUND, uri, headers);
    }
    if (status == 400) {
      return page("error.bad-filter", Response.Status.BAD_REQUEST, uri, headers);
    }
    LOG.warnf("a page's data could not be read: %s", e.toString());
    return page("error.unavailable", Response.Status.SERVICE_UNAVAILABLE, uri, headers);
  }

  /**
   * The API refused the connection, closed it before an answer (again, once read again: the
   * clients' retry) or did not answer in time.
   */
  @ServerExceptionMapper({ProcessingException.class, IOException.class, TimeoutException.class,
      HttpClosedException.class})
  Uni<Response> unreachable(Exception e, UriInfo uri, HttpHeaders headers) {
    LOG.warnf("a page's data could not be read: %s", e.toString());
    return page("error.unavailable", Response.Status.SERVICE_UNAVAILABLE, uri, headers);
  }

  /** Our own fault: logged with its trace, the reader told in words, not in a trace. */
  @ServerExceptionMapper
  Uni<Response> broken(RuntimeException e, UriInfo uri, HttpHeaders headers) {
    LOG.error("a page could not be made", e);
    return page("error.unavailable", Response.Status.INTERNAL_SERVER_ERROR, uri, headers);
  }

  private Uni<Response> page(String what, Response.Status status, UriInfo uri,
      HttpHeaders headers) {
    PageRequest page = pages.request(uri, headers, HomePage.PARAMETERS);
    PageRequest titled = page.titled(page.t().get(what + ".title"), page.t().get(what));
    return pages.render(error.data("what", what), titled, headers, status);
  }
}

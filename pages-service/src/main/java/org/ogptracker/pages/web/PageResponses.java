package org.ogptracker.pages.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a filled template into the page's answer: HTML in the chosen language, with an ETag of
 * its bytes (a reader who has this version gets 304 and no body), {@code Vary:
 * Accept-Language} (the language may come from that header) and a content security policy.
 */
@ApplicationScoped
public class PageResponses {
  /**
   * The pages run no script and load only their own style sheet: a browser that is given
   * anything else (an injected tag, a stray link) refuses it.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
      + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final String publicUrl;

  PageResponses(@ConfigProperty(name = "ogp.pages.public-url") String publicUrl) {
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** The request's page: its language, and its own address with the query but {@code lang}. */
  public PageRequest request(UriInfo uri, HttpHeaders headers) {
    Language language = Language.of(uri.getQueryParameters().getFirst("lang"),
        headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    String query = uri.getQueryParameters().entrySet().stream()
        .filter(e -> !e.getKey().equals("lang"))
        .flatMap(e -> e.getValue().stream().map(v -> PageRequest.encode(e.getKey()) + "="
            + PageRequest.encode(v)))
        .collect(Collectors.joining("&"));
    return new PageRequest(language, new Texts(language), publicUrl, uri.getPath(), query,
        "", "", null, null);
  }

  public Uni<Response> render(TemplateInstance page, PageRequest request, HttpHeaders headers) {
    return render(page, request, headers, Response.Status.OK);
  }

  public Uni<Response> render(TemplateInstance page, PageRequest request, HttpHeaders headers,
      Response.Status status) {
    return page.data("page", request).setLocale(request.language().locale()).createUni()
        .map(html -> answer(html, request, headers, status));
  }

  private static Response answer(String html, PageRequest request, HttpHeaders headers,
      Response.Status status) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + digest(body) + "\"";
    Response.ResponseBuilder answer;
    if (status == Response.Status.OK && etag.equals(headers.getHeaderString("If-None-Match"))) {
      answer = Response.notModified();
    } else {
      answer = Response.status(status).entity(body).type("text/html; charset=UTF-8");
    }
    return answer.header("ETag", etag)
        .header("Cache-Control", "no-cache")
        .header("Vary", "Accept-Language")
        .header("Content-Language", request.language().code())
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("Referrer-Policy", "strict-origin-when-cross-origin")
        .build();
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.ogptracker.pages.web;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a filled template into the page's answer: HTML in the chosen language, with an ETag of
 * its bytes (a reader who has this version gets 304 and no body), {@code Vary:
 * Accept-Language} (the language may come from that header) and a content security policy.
 *
 * <p>A page made is kept for {@code ogp.pages.cache-ttl} (its path, the parameters it reads and
 * its language the key):
 * readers asking for it meanwhile get those bytes without a read of the API, and readers asking
 * for it while it is being made wait for that one making. A page read after half that time is
 * made again in the background while readers go on getting the kept one, so a page read often
 * is never waited for. A page is at most the TTL behind the API; error pages are never kept.
 */
@ApplicationScoped
public class PageResponses {
  /** A page made: its bytes, their ETag and its language. */
  public record Rendered(byte[] body, String etag, Language language) {}

  /**
   * A page's address and language ({@code id}), with how to make it: the first reader's, used
   * again to make it again (it reads only the page's address and language, never the reader's
   * headers). Equal by id alone.
   */
  private record PageKey(String id, Supplier<Uni<Rendered>> make) {
    @Override
    public boolean equals(Object other) {
      return other instanceof PageKey k && k.id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /**
   * The pages run no script and load only their own style sheet: a browser that is given
   * anything else (an injected tag, a stray link) refuses it.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
      + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** Each language's texts, looked up once. */
  private static final Map<Language, Texts> TEXTS = new EnumMap<>(Arrays.stream(Language.values())
      .collect(Collectors.toMap(Function.identity(), Texts::new)));

  private final String publicUrl;
  private final AsyncLoadingCache<PageKey, Rendered> made;

  PageResponses(@ConfigProperty(name = "ogp.pages.public-url") String publicUrl,
      @ConfigProperty(name = "ogp.pages.cache-ttl") Duration keep,
      @ConfigProperty(name = "ogp.pages.cache-pages") long pagesKept) {
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.made = Caffeine.newBuilder().expireAfterWrite(keep).refreshAfterWrite(keep.dividedBy(2))
        .maximumSize(pagesKept)
        .buildAsync((key, executor) -> key.make().get().subscribeAsCompletionStage());
  }

  /**
   * The request's page: its language, and its own address with the {@code parameters} the page
   * reads (the first value of each, in that order). Others (a tracking tag, a crawler's made-up
   * ones) are no part of the page: they neither make nor keep a page of their own.
   */
  public PageRequest request(UriInfo uri, HttpHeaders headers, List<String> parameters) {
    MultivaluedMap<String, String> given = uri.getQueryParameters();
    Language language = Language.of(given.getFirst("lang"),
        headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    String query = parameters.stream().filter(given::containsKey)
        .map(p -> PageRequest.encode(p) + "=" + PageRequest.encode(given.getFirst(p)))
        .collect(Collectors.joining("&"));
    return new PageRequest(language, TEXTS.get(language), publicUrl, uri.getPath(), query,
        "", "", null, null);
  }

  /** A page that reads no parameter. */
  public PageRequest request(UriInfo uri, HttpHeaders headers) {
    return request(uri, headers, List.of());
  }

  /**
   * The page {@code request} asks for: kept, or made by {@code make} (its API reads and
   * {@link #made}), then answered as the reader's If-None-Match says.
   */
  public Uni<Response> page(PageRequest request, HttpHeaders headers,
      Supplier<Uni<Rendered>> make) {
    PageKey key = new PageKey(request.language().code() + " " + request.path() + "?"
        + request.query(), make);
    // Each reader waits on a copy: one who leaves (cancels) leaves the making to the others.
    return Uni.createFrom().completionStage(() -> made.get(key).copy())
        .onFailure(CompletionException.class).transform(Throwable::getCause)
        .map(page -> answer(page, headers, Response.Status.OK));
  }

  /** The filled template, made into the page's bytes. */
  public Uni<Rendered> made(TemplateInstance page, PageRequest request) {
    return page.data("page", request).setLocale(request.language().locale()).createUni()
        .map(html -> {
          byte[] body = html.getBytes(StandardCharsets.UTF_8);
          return new Rendered(body, "\"" + digest(body) + "\"", request.language());
        });
  }

  /** A page answered now, never kept (the error pages). */
  public Uni<Response> render(TemplateInstance page, PageRequest request, HttpHeaders headers,
      Response.Status status) {
    return made(page, request).map(rendered -> answer(rendered, headers, status));
  }

  private static Response answer(Rendered page, HttpHeaders headers, Response.Status status) {
    Response.ResponseBuilder answer;
    if (status == Response.Status.OK
        && page.etag().equals(headers.getHeaderString("If-None-Match"))) {
      answer = Response.notModified();
    } else {
      answer = Response.status(status).entity(page.body()).type("text/html; charset=UTF-8");
    }
    return answer.header("ETag", page.etag())
        .header("Cache-Control", "no-cache")
        .header("Vary", "Accept-Language")
        .header("Content-Language", page.language().code())
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

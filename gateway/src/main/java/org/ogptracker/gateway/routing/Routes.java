package org.ogptracker.gateway.routing;

import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogptracker.gateway.GatewayConfig;

/**
 * Which service owns a path: the first segment under {@code /api/v1} decides
 * ({@code /api/v1/commitments/AL0050} → commitments-service).
 */
@Singleton
public class Routes {
  public static final String API = "/api/v1/";
  /** The name the pages' downstream goes by (its breaker, its wellness check). */
  public static final String PAGES = "pages-service";

  private final List<Downstream> services = new ArrayList<>();
  private final Map<String, Downstream> bySegment = new HashMap<>();
  private final Optional<Downstream> pages;

  Routes(GatewayConfig config) {
    config.services().forEach((name, s) -> {
      Downstream d = new Downstream(name, s.url(), List.copyOf(s.paths()));
      services.add(d);
      for (String segment : d.paths()) {
        Downstream before = bySegment.put(segment, d);
        if (before != null) {
          throw new IllegalStateException("/api/v1/" + segment + " is routed to both "
              + before.name() + " and " + name);
        }
      }
    });
    services.sort((a, b) -> a.name().compareTo(b.name()));
    pages = config.pagesUrl().map(url -> new Downstream(PAGES, url, List.of()));
  }

  /** The services of the API, by name. */
  public List<Downstream> services() {
    return services;
  }

  /** Where the public pages are made, if the gateway serves them. */
  public Optional<Downstream> pages() {
    return pages;
  }

  /** Everything the gateway proxies to: the API's services and the pages. */
  public List<Downstream> downstreams() {
    List<Downstream> all = new ArrayList<>(services);
    pages.ifPresent(all::add);
    return all;
  }

  /** The service owning {@code path}, none when no service does. */
  public Optional<Downstream> owner(String path) {
    if (!path.startsWith(API)) {
      return Optional.empty();
    }
    int end = path.indexOf('/', API.length());
    String segment = path.substring(API.length(), end < 0 ? path.length() : end);
    return Optional.ofNullable(bySegment.get(segment));
  }

  /**
   * Whether a raw path tries to leave its place: a {@code .} or {@code ..} segment, or an
   * encoded slash or backslash, plain or percent-encoded. Such paths are refused, never resolved.
   */
  public static boolean isTraversal(String rawPath) {
    // Most paths hold no dot segment and nothing encoded: no need to split and decode them.
    if (rawPath.indexOf('%') < 0 && rawPath.indexOf('\\') < 0 && !rawPath.contains("/.")
        && !rawPath.startsWith(".")) {
      return false;
    }
    for (String segment : rawPath.split("/", -1)) {
      String decoded;
      try {
        decoded = QueryStringDecoder.decodeComponent(segment);
      } catch (IllegalArgumentException e) {
        return true;
      }
      if (decoded.equals(".") || decoded.equals("..") || decoded.contains("/")
          || decoded.contains("\\")) {
        return true;
      }
    }
    return false;
  }
}

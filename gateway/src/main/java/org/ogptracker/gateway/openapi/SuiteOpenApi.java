package org.ogptracker.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.ogptracker.gateway.GatewayConfig;
import org.ogptracker.gateway.PublicUrls;
import org.ogptracker.gateway.routing.Downstream;
import org.ogptracker.gateway.routing.Routes;
import org.ogptracker.gateway.routing.ServiceClient;

/**
 * {@code GET /q/openapi}: the suite's one OpenAPI 3.1 document, merged from the services' own
 * (fetched at start, then every {@code ogp.gateway.openapi-refresh}; every 5 s while one is
 * missing) and the gateway's paths ({@code gateway-openapi.json}). A service that cannot be
 * reached keeps its last good document.
 */
@ApplicationScoped
public class SuiteOpenApi {
  private static final Logger LOG = Logger.getLogger(SuiteOpenApi.class);
  private static final long RETRY_MILLIS = 5000;

  private final Routes routes;
  private final ServiceClient client;
  private final ObjectMapper json;
  private final GatewayConfig config;
  private final PublicUrls urls;
  private final ObjectNode own;
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
  private volatile ObjectNode merged;

  SuiteOpenApi(Routes routes, ServiceClient client, ObjectMapper json, GatewayConfig config,
      PublicUrls urls) {
    this.routes = routes;
    this.client = client;
    this.json = json;
    this.config = config;
    this.urls = urls;
    try (InputStream in = getClass().getResourceAsStream("/gateway-openapi.json")) {
      this.own = (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.merged = merge();
  }

  void start(@Observes StartupEvent event, Vertx vertx, Router router) {
    router.get("/q/openapi").handler(this::serve);
    refresh(vertx);
  }

  private void refresh(Vertx vertx) {
    List<Future<?>> fetches = new ArrayList<>();
    for (Downstream d : routes.services()) {
      fetches.add(client.get(d, "/q/openapi?format=json", 10_000)
          .map(body -> documents.put(d.name(), readTree(body.getBytes())))
          .onFailure(e -> LOG.warnf("OpenAPI of %s not fetched (%s); keeping the last one",
              d.name(), e.getMessage())));
    }
    Future.join(fetches).onComplete(done -> {
      merged = merge();
      long next = documents.size() == routes.services().size()
          ? config.openapiRefresh().toMillis() : RETRY_MILLIS;
      vertx.setTimer(next, id -> refresh(vertx));
    });
  }

  private JsonNode readTree(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The merged document as it stands, with {@code serverUrl} as its server. */
  public ObjectNode document(String serverUrl) {
    ObjectNode doc = merged.deepCopy();
    ((ObjectNode) doc.get("servers").get(0)).put("url", serverUrl);
    return doc;
  }

  /** Merges the documents fetched so far (after each refresh, not per request). */
  private ObjectNode merge() {
    List<OpenApiMerge.ServiceDocument> services = new ArrayList<>();
    for (Downstream d : routes.services()) {
      JsonNode doc = documents.get(d.name());
      if (doc != null) {
        services.add(new OpenApiMerge.ServiceDocument(d.name(), doc,
            path -> routes.owner(path).filter(owner -> owner.equals(d)).isPresent()));
      }
    }
    return OpenApiMerge.merge(own.get("info").deepCopy(), "/",
        own.get("paths").deepCopy(), own.get("tags").get(0).deepCopy(), services);
  }

  private void serve(RoutingContext rc) {
    try {
      rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
          .end(json.writeValueAsString(document(urls.base(rc))));
    } catch (IOException e) {
      rc.fail(e);
    }
  }
}

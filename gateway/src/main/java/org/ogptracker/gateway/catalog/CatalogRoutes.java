package org.ogptracker.gateway.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BiFunction;
import org.ogptracker.gateway.PublicUrls;

/**
 * The gateway's open-data catalogs, each made for the URL it was asked at and today (the data is
 * live): {@code /data.json} (Project Open Data 1.1), {@code /catalog/dcat-us.json} (DCAT-US 3)
 * and {@code /catalog/dcat-ap.jsonld} (DCAT-AP 3, JSON-LD).
 */
@ApplicationScoped
class CatalogRoutes {
  private static final String JSON = "application/json";
  private final ObjectMapper json;
  private final PublicUrls urls;

  CatalogRoutes(ObjectMapper json, PublicUrls urls) {
    this.json = json;
    this.urls = urls;
  }

  void install(@Observes Router router, DataCatalog pod, DcatUsCatalog dcatUs,
      DcatApCatalog dcatAp) {
    router.get("/data.json").handler(rc -> serve(rc, JSON, pod::catalog));
    router.get(DcatUsCatalog.PATH).handler(rc -> serve(rc, JSON, dcatUs::catalog));
    router.get(DcatApCatalog.PATH).handler(rc -> serve(rc, DcatApCatalog.MEDIA_TYPE,
        dcatAp::catalog));
  }

  private void serve(RoutingContext rc, String mediaType,
      BiFunction<String, LocalDate, ObjectNode> catalog) {
    try {
      rc.response().putHeader(HttpHeaders.CONTENT_TYPE, mediaType)
          .end(json.writeValueAsString(catalog.apply(urls.base(rc),
              LocalDate.now(ZoneOffset.UTC))));
    } catch (Exception e) {
      rc.fail(e);
    }
  }
}

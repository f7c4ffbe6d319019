package org.ogptracker.gateway.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ogptracker.gateway.PublicUrls;

/**
 * {@code GET /data.json}: a Project Open Data v1.1 catalog of the suite's public datasets, each
 * with a JSON and a CSV distribution pointing at its list endpoint through this gateway. The
 * data is live, so {@code modified} is the day asked and the periodicity continuous.
 */
@ApplicationScoped
public class DataCatalog {
  static final String SCHEMA = "https://project-open-data.cio.gov/v1.1/schema";

  /** One public dataset: an id, what it is, its list endpoint, its keywords. */
  record Dataset(String id, String title, String description, String path, List<String> keywords) {}

  static final List<Dataset> DATASETS = List.of(
      new Dataset("members", "OGP members",
          "National and local members of the Open Government Partnership with their region, "
              + "kind and membership status.",
          "/api/v1/countries", List.of("open government partnership", "members", "countries")),
      new Dataset("eligibility-assessments", "OGP eligibility assessments",
          "Yearly scores of each member on the four OGP eligibility criteria (fiscal "
              + "transparency, access to information, asset disclosure, citizen engagement) "
              + "and the result derived from them.",
          "/api/v1/eligibility/assessments", List.of("eligibility", "fiscal transparency",
              "access to information", "asset disclosure", "citizen engagement")),
      new Dataset("action-plans", "OGP action plans",
          "Members' action plans: period, status, submission and their commitments.",
          "/api/v1/action-plans", List.of("action plans", "open government partnership")),
      new Dataset("commitments", "OGP commitments",
          "Commitments of the action plans with their grand challenges, OGP values and themes.",
          "/api/v1/commitments", List.of("commitments", "grand challenges", "ogp values")),
      new Dataset("irm-assessments", "IRM assessments of OGP commitments",
          "Each commitment's latest Independent Reporting Mechanism indicators (specificity, "
              + "relevance, potential impact, completion, did it open government) and stars.",
          "/api/v1/assessments", List.of("irm", "independent reporting mechanism", "starred")));

  private final ObjectMapper json;
  private final PublicUrls urls;

  DataCatalog(ObjectMapper json, PublicUrls urls) {
    this.json = json;
    this.urls = urls;
  }

  void install(@Observes Router router) {
    router.get("/data.json").handler(this::serve);
  }

  private void serve(RoutingContext rc) {
    String base = urls.base(rc.request());
    try {
      rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
          .end(json.writeValueAsString(catalog(base, LocalDate.now(ZoneOffset.UTC))));
    } catch (Exception e) {
      rc.fail(e);
    }
  }

  ObjectNode catalog(String base, LocalDate today) {
    ObjectNode catalog = json.createObjectNode()
        .put("@context", SCHEMA + "/catalog.jsonld")
        .put("@id", base + "/data.json")
        .put("@type", "dcat:Catalog")
        .put("conformsTo", SCHEMA)
        .put("describedBy", SCHEMA + "/catalog.json");
    ArrayNode datasets = catalog.putArray("dataset");
    for (Dataset d : DATASETS) {
      ObjectNode node = datasets.addObject()
          .put("@type", "dcat:Dataset")
          .put("identifier", base + "/data.json#" + d.id())
          .put("title", d.title())
          .put("description", d.description())
          .put("modified", today.toString())
          .put("accrualPeriodicity", "R/PT1S")
          .put("accessLevel", "public")
          .put("license", "https://creativecommons.org/licenses/by/4.0/")
          .put("landingPage", base + "/q/swagger-ui")
          .put("describedBy", base + "/q/openapi")
          .put("describedByType", "application/vnd.oai.openapi+json");
      node.putArray("keyword").addAll(d.keywords().stream()
          .map(json.getNodeFactory()::textNode).toList());
      // Required by the schema for US federal agencies; OGP Tracker is none: placeholders.
      node.putArray("bureauCode").add("000:00");
      node.putArray("programCode").add("000:000");
      node.putObject("publisher").put("@type", "org:Organization").put("name", "OGP Tracker");
      node.putObject("contactPoint").put("@type", "vcard:Contact").put("fn", "OGP Tracker")
          .put("hasEmail", "mailto:data@ogp-tracker.org");
      ArrayNode distributions = node.putArray("distribution");
      distributions.addObject().put("@type", "dcat:Distribution")
          .put("title", d.title() + " (JSON, 200 per page)")
          .put("description", "First page; each page links the next in its `next` field")
          .put("downloadURL", base + d.path() + "?limit=200")
          .put("mediaType", "application/json").put("format", "JSON");
      distributions.addObject().put("@type", "dcat:Distribution")
          .put("title", d.title() + " (CSV, 200 per page)")
          .put("description", "First page; each page links the next in its Link header")
          .put("downloadURL", base + d.path() + "?limit=200&format=csv")
          .put("mediaType", "text/csv").put("format", "CSV");
    }
    return catalog;
  }
}

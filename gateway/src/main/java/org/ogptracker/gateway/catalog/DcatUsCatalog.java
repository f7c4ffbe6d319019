package org.ogptracker.gateway.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * {@code GET /catalog/dcat-us.json}: the suite's public datasets as a DCAT-US 3.0 catalog (the
 * successor of Project Open Data 1.1, which {@code /data.json} keeps serving), in its JSON
 * encoding: each dataset with a JSON and a CSV distribution of its list endpoint and its change
 * feed, the OpenAPI
 * document as its data dictionary.
 */
@ApplicationScoped
public class DcatUsCatalog {
  static final String PATH = "/catalog/dcat-us.json";
  static final String DCAT_US = "https://resources.data.gov/dcat-us/3.0.0/";
  private static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

  private final ObjectMapper json;

  DcatUsCatalog(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode catalog(String base, LocalDate today) {
    ObjectNode catalog = json.createObjectNode()
        .put("@id", base + PATH)
        .put("@type", "Catalog")
        .put("title", "OGP Tracker open data")
        .put("description", "Open Government Partnership members, their eligibility, action "
            + "plans, commitments and IRM assessments, live from OGP Tracker's API.")
        .put("modified", today.toString());
    catalog.putObject("conformsTo").put("@id", DCAT_US).put("@type", "Standard")
        .put("title", "DCAT-US 3.0");
    catalog.set("publisher", publisher());
    ArrayNode datasets = catalog.putArray("dataset");
    for (PublicDatasets.Dataset d : PublicDatasets.ALL) {
      ObjectNode node = datasets.addObject()
          .put("@id", base + PATH + "#" + d.id())
          .put("@type", "Dataset")
          .put("identifier", base + PATH + "#" + d.id())
          .put("title", d.title())
          .put("description", d.description())
          .put("modified", today.toString())
          .put("accrualPeriodicity", "R/PT1S")
          .put("accessRights", "public")
          .put("license", LICENSE);
      node.putArray("keyword").addAll(d.keywords().stream()
          .map(json.getNodeFactory()::textNode).toList());
      node.set("publisher", publisher());
      node.putObject("contactPoint").put("@type", "Kind").put("fn", "OGP Tracker")
          .put("hasEmail", "mailto:data@ogp-tracker.org");
      node.putObject("describedBy").put("@type", "Distribution")
          .put("title", "The API's OpenAPI document").put("accessURL", base + "/q/openapi")
          .put("mediaType", "application/vnd.oai.openapi+json");
      ArrayNode distributions = node.putArray("distribution");
      distributions.add(distribution(d.title() + " (JSON, 200 per page)",
          "First page; each page gives the next in its next and cursor fields",
          base + d.path() + "?limit=200", "application/json"));
      distributions.add(distribution(d.title() + " (CSV, 200 per page)",
          "First page; each page links the next in its Link header",
          base + d.path() + "?limit=200&format=csv", "text/csv"));
      distributions.add(distribution(d.title() + ": changes", PublicDatasets.CHANGES_DESCRIPTION,
          base + d.changesPath(), "application/json"));
    }
    return catalog;
  }

  private ObjectNode distribution(String title, String description, String url,
      String mediaType) {
    return json.createObjectNode().put("@type", "Distribution")
        .put("title", title).put("description", description)
        .put("accessURL", url).put("downloadURL", url).put("mediaType", mediaType)
        .put("license", LICENSE);
  }

  private ObjectNode publisher() {
    return json.createObjectNode().put("@type", "Organization").put("name", "OGP Tracker");
  }
}

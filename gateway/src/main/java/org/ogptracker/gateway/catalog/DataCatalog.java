package org.ogptracker.gateway.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * {@code GET /data.json}: a Project Open Data v1.1 catalog of the suite's public datasets, each
 * with a JSON and a CSV distribution pointing at its list endpoint through this gateway, and its
 * change feed. The data is live, so {@code modified} is the day asked and the periodicity
 * continuous.
 */
@ApplicationScoped
public class DataCatalog {
  static final String SCHEMA = "https://project-open-data.cio.gov/v1.1/schema";

  private final ObjectMapper json;

  DataCatalog(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode catalog(String base, LocalDate today) {
    ObjectNode catalog = json.createObjectNode()
        .put("@context", SCHEMA + "/catalog.jsonld")
        .put("@id", base + "/data.json")
        .put("@type", "dcat:Catalog")
        .put("conformsTo", SCHEMA)
        .put("describedBy", SCHEMA + "/catalog.json");
    ArrayNode datasets = catalog.putArray("dataset");
    for (PublicDatasets.Dataset d : PublicDatasets.ALL) {
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
      distributions.addObject().put("@type", "dcat:Distribution")
          .put("title", d.title() + ": changes")
          .put("description", PublicDatasets.CHANGES_DESCRIPTION)
          .put("downloadURL", base + d.changesPath())
          .put("mediaType", "application/json").put("format", "CloudEvents JSON");
    }
    return catalog;
  }
}

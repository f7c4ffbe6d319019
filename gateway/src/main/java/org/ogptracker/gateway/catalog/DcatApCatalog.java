package org.ogptracker.gateway.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * {@code GET /catalog/dcat-ap.jsonld}: the suite's public datasets as a DCAT-AP 3.0 catalog (the
 * EU's profile of DCAT, what European portals harvest) in JSON-LD, its context inline so a reader
 * needs nothing else: each dataset with a JSON and a CSV distribution of its list endpoint and its
 * change feed. Every
 * node names its class, as DCAT-AP's SHACL shapes check.
 */
@ApplicationScoped
public class DcatApCatalog {
  static final String PATH = "/catalog/dcat-ap.jsonld";
  static final String MEDIA_TYPE = "application/ld+json";
  private static final String DCAT_AP = "http://data.europa.eu/r5r/";
  private static final String LICENSE = "http://creativecommons.org/licenses/by/4.0/";
  private static final String IANA = "http://www.iana.org/assignments/media-types/";

  private final ObjectMapper json;

  DcatApCatalog(ObjectMapper json) {
    this.json = json;
  }

  ObjectNode catalog(String base, LocalDate today) {
    ObjectNode catalog = json.createObjectNode();
    catalog.putObject("@context")
        .put("dcat", "http://www.w3.org/ns/dcat#")
        .put("dct", "http://purl.org/dc/terms/")
        .put("foaf", "http://xmlns.com/foaf/0.1/")
        .put("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
        .put("vcard", "http://www.w3.org/2006/vcard/ns#")
        .put("xsd", "http://www.w3.org/2001/XMLSchema#");
    catalog.put("@id", base + PATH).put("@type", "dcat:Catalog");
    catalog.set("dct:title", english("OGP Tracker open data"));
    catalog.set("dct:description", english("Open Government Partnership members, their "
        + "eligibility, action plans, commitments and IRM assessments, live from OGP Tracker's "
        + "API."));
    catalog.set("dct:modified", date(today));
    catalog.set("dct:publisher", publisher(base));
    catalog.putObject("dct:conformsTo").put("@id", DCAT_AP).put("@type", "dct:Standard");
    catalog.putObject("foaf:homepage").put("@id", base + "/q/swagger-ui")
        .put("@type", "foaf:Document");
    ArrayNode datasets = catalog.putArray("dcat:dataset");
    for (PublicDatasets.Dataset d : PublicDatasets.ALL) {
      ObjectNode node = datasets.addObject()
          .put("@id", base + PATH + "#" + d.id())
          .put("@type", "dcat:Dataset");
      node.set("dct:title", english(d.title()));
      node.set("dct:description", english(d.description()));
      node.set("dct:identifier", json.getNodeFactory().textNode(base + PATH + "#" + d.id()));
      node.set("dct:modified", date(today));
      ArrayNode keywords = node.putArray("dcat:keyword");
      d.keywords().forEach(k -> keywords.add(english(k)));
      node.set("dct:publisher", publisher(base));
      node.putObject("dcat:contactPoint").put("@type", "vcard:Kind")
          .put("vcard:fn", "OGP Tracker")
          .putObject("vcard:hasEmail").put("@id", "mailto:data@ogp-tracker.org");
      ArrayNode distributions = node.putArray("dcat:distribution");
      distributions.add(distribution(base, d, "json", d.title() + " (JSON, 200 per page)",
          "application/json", base + d.path() + "?limit=200"));
      distributions.add(distribution(base, d, "csv", d.title() + " (CSV, 200 per page)",
          "text/csv", base + d.path() + "?limit=200&format=csv"));
      distributions.add(distribution(base, d, "changes", d.title() + ": changes",
          "application/json", base + d.changesPath()));
    }
    return catalog;
  }

  private ObjectNode distribution(String base, PublicDatasets.Dataset d, String suffix,
      String title, String mediaType, String url) {
    ObjectNode node = json.createObjectNode()
        .put("@id", base + PATH + "#" + d.id() + "-" + suffix)
        .put("@type", "dcat:Distribution");
    node.set("dct:title", english(title));
    node.putObject("dcat:accessURL").put("@id", url).put("@type", "rdfs:Resource");
    node.putObject("dcat:downloadURL").put("@id", url).put("@type", "rdfs:Resource");
    node.putObject("dcat:mediaType").put("@id", IANA + mediaType)
        .put("@type", "dct:MediaType");
    node.putObject("dct:license").put("@id", LICENSE).put("@type", "dct:LicenseDocument");
    return node;
  }

  private ObjectNode publisher(String base) {
    ObjectNode agent = json.createObjectNode().put("@id", base + PATH + "#publisher")
        .put("@type", "foaf:Agent");
    agent.set("foaf:name", english("OGP Tracker"));
    return agent;
  }

  private ObjectNode english(String text) {
    return json.createObjectNode().put("@value", text).put("@language", "en");
  }

  private ObjectNode date(LocalDate day) {
    return json.createObjectNode().put("@value", day.toString()).put("@type", "xsd:date");
  }
}

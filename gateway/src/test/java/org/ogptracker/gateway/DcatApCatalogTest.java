package org.ogptracker.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * /catalog/dcat-ap.jsonld: JSON-LD that conforms to the DCAT-AP 3.0 SHACL shapes (kept in the test
 * resources), the same datasets as data.json, and every distribution answers what it says.
 */
@QuarkusTest
class DcatApCatalogTest {
  private static final String DCAT = "http://www.w3.org/ns/dcat#";
  private static final String DCT = "http://purl.org/dc/terms/";

  @Test
  void conforms_to_the_dcat_ap_3_shapes() {
    Graph catalog = catalog();
    Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(
        "src/test/resources/schemas/dcat-ap-3.0/dcat-ap-SHACL.ttl"));
    ValidationReport report = ShaclValidator.get().validate(shapes, catalog);
    assertTrue(report.conforms(), () -> "not DCAT-AP 3.0:\n" + text(report));
    assertEquals(5, catalog.find(Node.ANY, RDF.type.asNode(), uri(DCAT + "Dataset")).toList()
        .size());

    // The shapes are strict enough to notice a broken catalog: a distribution without its URL.
    Graph broken = GraphFactory.createDefaultGraph();
    catalog.find().forEach(t -> {
      if (!t.getPredicate().equals(uri(DCAT + "accessURL"))) {
        broken.add(t);
      }
    });
    assertFalse(ShaclValidator.get().validate(shapes, broken).conforms());
  }

  @Test
  void every_distribution_answers_with_its_media_type() {
    Graph catalog = catalog();
    var distributions = catalog.find(Node.ANY, uri(DCAT + "downloadURL"), Node.ANY).toList();
    assertEquals(15, distributions.size(), "JSON, CSV and the change feed of five datasets");
    for (var d : distributions) {
      String mediaType = catalog.find(d.getSubject(), uri(DCAT + "mediaType"), Node.ANY)
          .next().getObject().getURI().replace("http://www.iana.org/assignments/media-types/", "");
      given().get(d.getObject().getURI()).then().statusCode(200)
          .contentType(startsWith(mediaType));
    }
    assertFalse(catalog.find(Node.ANY, uri(DCT + "title"), Node.ANY).toList().isEmpty());
  }

  private static Graph catalog() {
    String body = given().get("/catalog/dcat-ap.jsonld").then().statusCode(200)
        .contentType(startsWith("application/ld+json")).extract().asString();
    return RDFParser.fromString(body, Lang.JSONLD).toGraph();
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static String text(ValidationReport report) {
    StringBuilder text = new StringBuilder();
    report.getEntries().forEach(e -> text.append(e.focusNode()).append(' ')
        .append(e.resultPath()).append(": ").append(e.message()).append('\n'));
    return text.toString();
  }
}

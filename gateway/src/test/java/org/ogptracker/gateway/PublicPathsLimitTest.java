package org.ogptracker.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own pages are no way around the limits (test profile: a burst of 40 reads, then
 * 10/s): the catalog and the OpenAPI document take from the client's read bucket; the health
 * probes never do.
 */
@QuarkusTest
class PublicPathsLimitTest {

  @Test
  void the_catalog_and_the_openapi_document_count_as_reads() throws Exception {
    String peer = "127.0.0.3";
    int allowed = 0;
    int status;
    while ((status = RawClient.get(peer, "/data.json", null)) == 200) {
      allowed++;
      if (allowed > 200) {
        throw new AssertionError("no 429 after 200 catalog reads");
      }
    }
    assertEquals(429, status, "the catalog's own limit, after " + allowed + " reads");
    // The same bucket: at most what it refilled meanwhile (10/s), not a burst of its own (40).
    int more = 0;
    while (RawClient.get(peer, "/q/openapi", null) == 200) {
      more++;
      if (more > 40) {
        break;
      }
    }
    assertTrue(more <= 5, "the OpenAPI document let " + more + " reads through after the "
        + "catalog emptied the bucket");
  }

  @Test
  void health_probes_are_never_refused() throws Exception {
    for (int i = 0; i < 80; i++) {
      assertEquals(200, RawClient.get("127.0.0.4", "/q/health/live", null), "probe " + i);
    }
  }
}

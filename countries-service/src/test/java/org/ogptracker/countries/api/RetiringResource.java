package org.ogptracker.countries.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.ogptracker.platform.http.DeprecatedOperation;

/** A read on its way out, as the first breaking change will mark one (tests only). */
@Path("/test/retiring")
public class RetiringResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "readRetiring", summary = "A read on its way out")
  @Deprecated
  @DeprecatedOperation(since = "2027-01-31", sunset = "2027-07-31",
      link = "https://example.org/changelog#2-0-0")
  public Map<String, String> read() {
    return Map.of("use", "/test/successor");
  }
}

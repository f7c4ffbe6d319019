package org.ogptracker.countries.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.countries.domain.Criterion;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.paging.Page;

/** The four eligibility criteria. */
@Path("/api/v1/eligibility/criteria")
@Tag(name = "Eligibility")
public class CriteriaResource {
  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listEligibilityCriteria",
      summary = "The four eligibility criteria, with the points each can give",
      description = "Fiscal transparency, access to information, asset disclosure and citizen "
          + "engagement: the points each gives and what they mean. One page; CSV with "
          + "Accept: text/csv.")
  public Page<CriterionView> criteria() {
    return Page.last(Arrays.stream(Criterion.values()).map(CriterionView::of).toList());
  }
}

package org.ogptracker.countries.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.countries.service.EligibilityService;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;

/** The eligibility assessments of all members: the open dataset. */
@Path("/api/v1/eligibility/assessments")
@Tag(name = "Eligibility")
public class AssessmentListResource {
  private final EligibilityService service;

  AssessmentListResource(EligibilityService service) {
    this.service = service;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listEligibilityAssessments",
      summary = "Every member's eligibility assessments, newest year first, then by code",
      description = "Filter by year and member; cursor pages; CSV with Accept: text/csv.")
  public Page<EligibilityView> list(
      @Parameter(description = "Year assessed", example = "2024")
          @QueryParam("year") @Pattern(regexp = "[0-9]{4}", message = "must be a year such as 2024") String year,
      @Parameter(description = "Member code", example = "ALB")
          @QueryParam("country") @Pattern(regexp = CountryResource.CODE) String country,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor, 2);
    var rows = service.list(year == null ? null : Integer.valueOf(year), country, page);
    return page.page(rows, a -> List.of(Integer.toString(a.id.year()), a.id.memberCode()),
        NextLinks.from(uri)).map(EligibilityView::of);
  }
}

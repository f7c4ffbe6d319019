package org.ogptracker.reports.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.reports.service.ComplianceService;

/** Members' compliance with OGP process: missed deadlines per cycle. */
@Path("/api/v1/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance", description = "Missed process deadlines per member and cycle")
public class ComplianceResource {
  private final ComplianceService compliance;
  private final Clock clock;

  ComplianceResource(ComplianceService compliance, Clock clock) {
    this.compliance = compliance;
    this.clock = clock;
  }

  @GET
  @Operation(operationId = "listCompliance", summary = "Missed deadlines per member and cycle",
      description = "One entry per member with plans (the one `country` names, if given), in "
          + "member order; each cycle is an action plan with its deadlines and their state today.")
  public Page<ComplianceView> list(
      @Parameter(description = "Member code", example = "ALB") @QueryParam("country")
          @Pattern(regexp = "[A-Z]{3,4}") String country,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(compliance.members(country, page, LocalDate.now(clock)),
        m -> List.of(m.memberCode()), NextLinks.from(uri)).map(ComplianceView::of);
  }
}

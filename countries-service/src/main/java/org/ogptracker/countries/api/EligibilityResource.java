package org.ogptracker.countries.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.countries.service.EligibilityService;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;

/** Each member's yearly eligibility assessments. */
@Path("/api/v1/countries/{code}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "The four OGP eligibility criteria and yearly assessments")
public class EligibilityResource {
  /** OGP was founded in 2011; no assessment is older. */
  static final int FIRST_YEAR = 2011;

  private final EligibilityService service;
  private final Caller caller;

  EligibilityResource(EligibilityService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listCountryEligibility",
      summary = "A member's eligibility assessments, newest year first",
      description = "Each assessed year's scores on the four criteria and the result they give "
          + "(computed on every read). One page; CSV with Accept: text/csv.")
  public Page<EligibilityView> list(@PathParam("code") @Pattern(regexp = CountryResource.CODE) String code) {
    return Page.last(service.history(code).stream().map(EligibilityView::of).toList());
  }

  @PUT
  @Path("/{year}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "recordEligibility",
      summary = "Record a year's eligibility scores (admin)",
      description = "Creates the year's scores, or replaces them with If-Match (428 without "
          + "it once they exist); the result is derived: eligible at "
          + "75% of the applicable points with a passed values check, insufficient_data with "
          + "fewer than three criteria measured. An eligible result activates an inactive member.")
  @APIResponse(responseCode = "201", description = "First assessment of that year",
      content = @Content(schema = @Schema(implementation = EligibilityView.class)))
  @APIResponse(responseCode = "200", description = "Assessment replaced",
      content = @Content(schema = @Schema(implementation = EligibilityView.class)))
  public Response assess(@PathParam("code") @Pattern(regexp = CountryResource.CODE) String code,
      @PathParam("year") @Pattern(regexp = "[0-9]{4}", message = "must be a year such as 2024")
          @Parameter(example = "2024") String yearText,
      @HeaderParam("If-Match") @Parameter(description = "To replace: the ETag of the year's "
          + "assessment as read") String ifMatch,
      @HeaderParam("If-None-Match") @Parameter(description = "* to create only: 412 if the "
          + "year is assessed already") String ifNoneMatch,
      @Valid @NotNull EligibilityRequest body) {
    int year = Integer.parseInt(yearText);
    int last = Year.now().getValue() + 1;
    if (year < FIRST_YEAR || year > last) {
      throw Problems.invalidField("year", "must be " + FIRST_YEAR + " to " + last);
    }
    var recorded = service.assess(code, year, body.toScores(), ifMatch, ifNoneMatch,
        caller.subject());
    return Etags.tagged(Response.status(recorded.created() ? 201 : 200), recorded.assessment().version)
        .entity(EligibilityView.of(recorded.assessment())).build();
  }
}

package org.ogptracker.reports.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.reports.service.ScorecardService;

/** One commitment's scorecard. */
@Path("/api/v1/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards", description = "Self-reported progress beside the IRM's view")
public class ScorecardResource {
  private final ScorecardService scorecards;

  ScorecardResource(ScorecardService scorecards) {
    this.scorecards = scorecards;
  }

  @GET
  @Path("/{commitmentId}")
  @Operation(operationId = "getScorecard",
      summary = "A commitment's self-reported progress beside the IRM's assessments",
      description = "Milestones as the government last reported them (from commitments-service "
          + "events) and the completion they add up to, its published self-assessments, the "
          + "IRM's latest record, both stars with their inputs, and where the government and "
          + "the IRM disagree on completion.")
  public ScorecardView get(@PathParam("commitmentId")
      @Pattern(regexp = ReportRequests.COMMITMENT_ID) String commitmentId) {
    return ScorecardView.of(scorecards.card(commitmentId));
  }
}

package org.ogptracker.commitments.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ogptracker.commitments.domain.Milestone;
import org.ogptracker.commitments.domain.Progress;
import org.ogptracker.commitments.domain.ProgressUpdate;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.commitments.service.MilestoneService;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.http.IdempotentPosts;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;

/** Milestones and their append-only progress updates. */
@Path("/api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Milestones and the progress governments report on them")
public class MilestoneResource {
  static final String MILESTONE_ID = "[A-Z]{2,4}[0-9]{4}\\.[0-9]{1,3}";

  private final MilestoneService milestones;
  private final IdempotentPosts idempotent;
  private final Caller caller;

  MilestoneResource(MilestoneService milestones, IdempotentPosts idempotent, Caller caller) {
    this.milestones = milestones;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getMilestone",
      summary = "One milestone, as its latest progress update left it",
      description = "Its status, percent complete and number of updates, from the latest progress "
          + "update. ETag for If-None-Match.")
  @APIResponse(responseCode = "200", description = "The milestone",
      content = @Content(schema = @Schema(implementation = MilestoneView.class)))
  public RestResponse<MilestoneView> get(@PathParam("id") @Pattern(regexp = MILESTONE_ID) String id) {
    Milestone m = milestones.find(id).orElseThrow(() -> Problems.notFound("milestone", id));
    return Etags.ok(MilestoneView.of(m), m.version);
  }

  @GET
  @Path("/{id}/progress")
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listProgressUpdates",
      summary = "A milestone's progress updates, newest first",
      description = "Every update reported on the milestone, newest first; updates are never "
          + "changed or deleted (a correction is a new update). Cursor pages; CSV with "
          + "Accept: text/csv.")
  public Page<ProgressView> history(@PathParam("id") @Pattern(regexp = MILESTONE_ID) String id,
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(milestones.history(id, page), u -> List.of(Long.toString(u.id)),
        NextLinks.from(uri)).map(ProgressView::of);
  }

  @POST
  @Path("/{id}/progress")
  @RolesAllowed({Roles.ADMIN, Roles.GOVERNMENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "reportProgress",
      summary = "Report progress on a milestone (government of the member, or admin)",
      description = "Appends an update; nothing is overwritten: a correction is a new update. "
          + "not_started is 0%, complete 100%, in_progress below 100%.")
  @APIResponse(responseCode = "201", description = "Recorded",
      content = @Content(schema = @Schema(implementation = ProgressView.class)))
  public Response report(@PathParam("id") @Pattern(regexp = MILESTONE_ID) String id,
      @HeaderParam(IdempotentPosts.HEADER) String key, @Valid @NotNull Requests.NewProgress body) {
    Progress progress;
    try {
      progress = Progress.of(body.status(), body.percentComplete());
    } catch (IllegalArgumentException e) {
      throw Problems.invalidField("percentComplete", e.getMessage());
    }
    return idempotent.execute(key, "milestones.progress.create:" + id, body, () -> {
      CommitmentEvents.ProgressData u = milestones.report(id, progress, body.note(),
          body.evidenceUrls() == null ? List.of() : body.evidenceUrls(), caller);
      return Response.status(Response.Status.CREATED)
          .header("Location", "/api/v1/milestones/" + id + "/progress")
          .entity(ProgressView.of(u)).build();
    });
  }
}

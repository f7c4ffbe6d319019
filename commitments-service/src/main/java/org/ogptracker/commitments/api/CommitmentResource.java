package org.ogptracker.commitments.api;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.GrandChallenge;
import org.ogptracker.commitments.domain.Milestone;
import org.ogptracker.commitments.domain.OgpValue;
import org.ogptracker.commitments.domain.Theme;
import org.ogptracker.commitments.service.CommitmentReads;
import org.ogptracker.commitments.service.CommitmentService;
import org.ogptracker.commitments.service.Descriptions;
import org.ogptracker.commitments.service.MilestoneService;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.http.EnumParams;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.http.IdempotentPosts;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;

/** Commitments and their milestones. */
@Path("/api/v1/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments", description = "Commitments, their grand challenges, values, themes and milestones")
public class CommitmentResource {
  static final String COMMITMENT_ID = "[A-Z]{2,4}[0-9]{4}";

  private final CommitmentService commitments;
  private final MilestoneService milestones;
  private final IdempotentPosts idempotent;
  private final Caller caller;
  private final CommitmentReads reads;

  CommitmentResource(CommitmentService commitments, MilestoneService milestones,
      IdempotentPosts idempotent, Caller caller, CommitmentReads reads) {
    this.commitments = commitments;
    this.milestones = milestones;
    this.idempotent = idempotent;
    this.caller = caller;
    this.reads = reads;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listCommitments", summary = "List and search commitments",
      description = "Filters combine (and). `q` is a full-text search over title and "
          + "description (web search syntax: words, \"phrases\", -excluded, or). In id order; "
          + "cursor pages; CSV with Accept: text/csv.")
  public Uni<Page<CommitmentView>> list(
      @Parameter(description = "Member code", example = "ALB") @QueryParam("country")
          @Pattern(regexp = "[A-Z]{3,4}") String country,
      @Parameter(description = "Action plan id", example = "AP_ALB03") @QueryParam("plan")
          @Pattern(regexp = ActionPlanResource.PLAN_ID) String plan,
      @Parameter(description = "Grand challenge", example = "increasing_public_integrity",
          schema = @Schema(implementation = GrandChallenge.class))
          @QueryParam("challenge") String challenge,
      @Parameter(description = "OGP value", example = "civic_participation",
          schema = @Schema(implementation = OgpValue.class)) @QueryParam("value") String value,
      @Parameter(description = "Theme code, see /api/v1/themes", example = "open_parliaments")
          @QueryParam("theme") String theme,
      @Parameter(description = "Full-text search", example = "parliament") @QueryParam("q")
          @Size(max = 200) String q,
      @Parameter(description = "How much of each description: `full` (the default), `snippet` "
          + "(its first " + Descriptions.SNIPPET_LENGTH + " characters, cut at a word and ended "
          + "with …, when longer) or `none` (left out). For lists shown as titles and snippets.",
          schema = @Schema(implementation = Descriptions.class)) @QueryParam("descriptions")
          String descriptions,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    GrandChallenge c = EnumParams.parse(GrandChallenge.class, challenge, "challenge");
    Descriptions shown = EnumParams.parse(Descriptions.class, descriptions, "descriptions");
    OgpValue v = EnumParams.parse(OgpValue.class, value, "value");
    if (theme != null && Theme.byCode(theme).isEmpty()) {
      throw Problems.invalidField("theme", "unknown theme '" + theme + "'; see /api/v1/themes");
    }
    var filter = new CommitmentReads.Filter(country, plan, c == null ? null : c.code(),
        v == null ? null : v.code(), theme, q == null || q.isBlank() ? null : q);
    PageRequest page = PageRequest.of(limit, cursor);
    var links = NextLinks.from(uri);
    return reads.list(filter, page, shown == null ? Descriptions.FULL : shown)
        .map(rows -> page.page(rows, x -> List.of(x.id), links).map(CommitmentView::of));
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getCommitment", summary = "One commitment",
      description = "Its grand challenges, OGP values, themes, dates, lead institution and source. "
          + "ETag for If-Match and If-None-Match.")
  @APIResponse(responseCode = "200", description = "The commitment; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = CommitmentView.class)))
  public Uni<RestResponse<CommitmentView>> get(@PathParam("id") @Pattern(regexp = COMMITMENT_ID) String id) {
    return reads.find(id).map(found -> {
      Commitment c = found.orElseThrow(() -> Problems.notFound("commitment", id));
      return Etags.ok(CommitmentView.of(c), c.version);
    });
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.GOVERNMENT})
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateCommitment", summary = "Change a commitment",
      description = "Merge patch: only the fields sent change. Send If-Match with the ETag read.")
  @APIResponse(responseCode = "200", description = "The changed commitment",
      content = @Content(schema = @Schema(implementation = CommitmentView.class)))
  public RestResponse<CommitmentView> update(@PathParam("id") @Pattern(regexp = COMMITMENT_ID) String id,
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Requests.CommitmentInput body) {
    Commitment c = commitments.update(id, body.toDraft(), ifMatch, caller);
    return Etags.ok(CommitmentView.of(c), c.version);
  }

  @GET
  @Path("/{id}/milestones")
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listMilestones", summary = "A commitment's milestones, in order",
      description = "In their order in the commitment, each as its latest progress update left it; "
          + "cursor pages. CSV with Accept: text/csv.")
  public Page<MilestoneView> milestones(@PathParam("id") @Pattern(regexp = COMMITMENT_ID) String id,
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(milestones.ofCommitment(id, page), m -> List.of(Integer.toString(m.number)),
        NextLinks.from(uri)).map(MilestoneView::of);
  }

  @POST
  @Path("/{id}/milestones")
  @RolesAllowed({Roles.ADMIN, Roles.GOVERNMENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "addMilestone",
      summary = "Add a milestone to a commitment", description = "Its id is {commitment}.{n}.")
  @APIResponse(responseCode = "201", description = "Created",
      content = @Content(schema = @Schema(implementation = MilestoneView.class)))
  public Response addMilestone(@PathParam("id") @Pattern(regexp = COMMITMENT_ID) String id,
      @HeaderParam(IdempotentPosts.HEADER) String key, @Valid @NotNull Requests.NewMilestone body) {
    return idempotent.execute(key, "commitments.milestones.create:" + id, body, () -> {
      Milestone m = milestones.add(id, body.description().strip(), body.dueDate(), caller);
      return Etags.created("/api/v1/milestones/" + m.id, m.version, MilestoneView.of(m));
    });
  }
}

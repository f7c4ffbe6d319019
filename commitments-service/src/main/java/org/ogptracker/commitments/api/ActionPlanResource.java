package org.ogptracker.commitments.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.PlanStatus;
import org.ogptracker.commitments.service.CommitmentReads;
import org.ogptracker.commitments.service.CommitmentService;
import org.ogptracker.commitments.service.PlanService;
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

/** Action plans: public reads; government staff of the member (or admins) write. */
@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans", description = "Members' action plans and their status")
public class ActionPlanResource {
  static final String PLAN_ID = "AP_[A-Z]{3,4}[0-9]{2,3}";

  /** The plan's commitments are read on the reactive client; this worker thread waits for them. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final PlanService plans;
  private final CommitmentService commitments;
  private final CommitmentReads reads;
  private final IdempotentPosts idempotent;
  private final Caller caller;

  ActionPlanResource(PlanService plans, CommitmentService commitments, CommitmentReads reads,
      IdempotentPosts idempotent, Caller caller) {
    this.plans = plans;
    this.commitments = commitments;
    this.reads = reads;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listActionPlans", summary = "List action plans",
      description = "In id order; cursor pages. `year` keeps plans whose period covers it. "
          + "CSV with Accept: text/csv.")
  public Page<PlanView> list(
      @Parameter(description = "Member code", example = "ALB") @QueryParam("country")
          @Pattern(regexp = "[A-Z]{3,4}") String country,
      @Parameter(description = "Plan status", example = "in_implementation",
          schema = @Schema(implementation = PlanStatus.class)) @QueryParam("status") String status,
      @Parameter(description = "A year the plan's period covers", example = "2019")
          @QueryParam("year") @Pattern(regexp = "[0-9]{4}") String year,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    var filter = new PlanService.Filter(country, EnumParams.parse(PlanStatus.class, status, "status"),
        year == null ? null : Integer.valueOf(year));
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(plans.list(filter, page), p -> List.of(p.id), NextLinks.from(uri))
        .map(PlanView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getActionPlan", summary = "One action plan with its commitments",
      description = "The plan's period, status and dates, and its commitments (id and title). ETag: "
          + "send it as If-Match to change the plan, or as If-None-Match to get 304 while "
          + "it is unchanged.")
  @APIResponse(responseCode = "200", description = "The plan; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = PlanDetail.class)))
  public RestResponse<PlanDetail> get(@PathParam("id") @Pattern(regexp = PLAN_ID) String id) {
    ActionPlan plan = plans.find(id).orElseThrow(() -> Problems.notFound("action plan", id));
    List<Commitment> list = reads.list(
        new CommitmentReads.Filter(null, id, null, null, null, null), PageRequest.of("200", null))
        .await().atMost(READ_TIMEOUT);
    return Etags.ok(PlanDetail.of(plan, list), plan.version);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.GOVERNMENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createActionPlan",
      summary = "Create a draft action plan (government of the member, or admin)",
      description = "The plan gets the member's next number: AP_{member}{NN}. Only an active "
          + "member may get a new plan (409 otherwise).")
  @APIResponse(responseCode = "201", description = "Created",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  public Response create(@HeaderParam(IdempotentPosts.HEADER) String key,
      @Valid @NotNull Requests.NewPlan body) {
    return idempotent.execute(key, "action-plans.create", body, () -> {
      ActionPlan p = plans.create(body.memberCode(), body.period(), caller);
      return Etags.created("/api/v1/action-plans/" + p.id, p.version, PlanView.of(p));
    });
  }

  @PATCH
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.GOVERNMENT})
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(operationId = "updateActionPlan",
      summary = "Change a plan's period", description = "Send If-Match with the ETag read.")
  @APIResponse(responseCode = "200", description = "The changed plan",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  public RestResponse<PlanView> update(@PathParam("id") @Pattern(regexp = PLAN_ID) String id,
      @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Requests.PlanPatch body) {
    ActionPlan p = plans.reschedule(id, body.period(), ifMatch, caller);
    return Etags.ok(PlanView.of(p), p.version);
  }

  @POST
  @Path("/{id}/status")
  @RolesAllowed({Roles.ADMIN, Roles.GOVERNMENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "transitionActionPlan", summary = "Move a plan to its next status",
      description = "draft → submitted → in_implementation → completed; draft, submitted and "
          + "in_implementation may be withdrawn. Other moves get 409.")
  @APIResponse(responseCode = "200", description = "The plan after the move",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  public Response transition(@PathParam("id") @Pattern(regexp = PLAN_ID) String id,
      @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotentPosts.HEADER) String key,
      @Valid @NotNull Requests.Transition body) {
    return idempotent.execute(key, "action-plans.status:" + id, body, () -> {
      ActionPlan p = plans.changeStatus(id, body.status(), ifMatch, caller);
      return Etags.tagged(Response.ok(PlanView.of(p)), p.version).build();
    });
  }

  @POST
  @Path("/{id}/commitments")
  @RolesAllowed({Roles.ADMIN, Roles.GOVERNMENT})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "addCommitment", summary = "Add a commitment to a plan",
      description = "The commitment gets the member's next id: its ISO-2 code (or a local "
          + "member's code) and 4 digits.")
  @APIResponse(responseCode = "201", description = "Created",
      content = @Content(schema = @Schema(implementation = CommitmentView.class)))
  public Response addCommitment(@PathParam("id") @Pattern(regexp = PLAN_ID) String id,
      @HeaderParam(IdempotentPosts.HEADER) String key,
      @Valid @NotNull Requests.CommitmentInput body) {
    return idempotent.execute(key, "action-plans.commitments.create:" + id, body, () -> {
      Commitment c = commitments.create(id, body.toNew(), caller);
      return Etags.created("/api/v1/commitments/" + c.id, c.version, CommitmentView.of(c));
    });
  }
}

package org.ogptracker.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.http.EnumParams;
import org.ogptracker.platform.http.Etags;
import org.ogptracker.platform.http.IdempotentPosts;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.platform.security.Caller;
import org.ogptracker.platform.security.Roles;
import org.ogptracker.reports.domain.Assessment;
import org.ogptracker.reports.domain.Report;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.domain.ReportStatus;
import org.ogptracker.reports.service.ReportService;

/**
 * Reports: anyone reads published ones; governments write their member's self-assessments,
 * reviewers IRM reports. A published report never changes; a correction is a new version.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Self-assessments and IRM reports, their assessments")
public class ReportResource {
  private final ReportService reports;
  private final IdempotentPosts idempotent;
  private final Caller caller;

  ReportResource(ReportService reports, IdempotentPosts idempotent, Caller caller) {
    this.reports = reports;
    this.idempotent = idempotent;
    this.caller = caller;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listReports", summary = "List reports",
      description = "In id order; cursor pages. Published reports, and the drafts the caller "
          + "may write. CSV with Accept: text/csv.")
  public Page<ReportView> list(
      @Parameter(description = "Member code", example = "ALB") @QueryParam("country")
          @Pattern(regexp = "[A-Z]{3,4}") String country,
      @Parameter(description = "Plan id", example = "AP_ALB03") @QueryParam("plan")
          @Pattern(regexp = ReportRequests.PLAN_ID) String plan,
      @Parameter(description = "Report kind", example = "irm_action_plan_review",
          schema = @Schema(implementation = ReportKind.class)) @QueryParam("kind") String kind,
      @Parameter(description = "draft or published",
          schema = @Schema(implementation = ReportStatus.class)) @QueryParam("status") String status,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    var filter = new ReportService.Filter(country, plan, EnumParams.parse(ReportKind.class, kind, "kind"),
        EnumParams.parse(ReportStatus.class, status, "status"));
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(reports.list(filter, page, caller), r -> List.of(r.id), NextLinks.from(uri))
        .map(ReportView::of);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getReport", summary = "One report",
      description = "A published report to anyone; a draft only to those who may write it (to "
          + "anyone else it does not exist: 404). ETag for If-Match (publish, approve) and "
          + "If-None-Match.")
  @APIResponse(responseCode = "200", description = "The report; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  public RestResponse<ReportView> get(
      @PathParam("id") @Pattern(regexp = ReportRequests.REPORT_ID) String id) {
    Report r = reports.find(id, caller);
    return Etags.ok(ReportView.of(r), r.version);
  }

  @POST
  @RolesAllowed({Roles.GOVERNMENT, Roles.REVIEWER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createReport",
      summary = "Start a draft report, or a correction of a published one",
      description = "Self-assessments: the government of the plan's member (or an admin). IRM "
          + "reports: reviewers. A plan has one report per kind; a correction (corrects) is "
          + "the next version of a published report and starts with its assessments. Report "
          + "ids: {planId}-{SAM|SAE|APR|RR}-v{version}.")
  @APIResponse(responseCode = "201", description = "Created",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  public Response create(@HeaderParam(IdempotentPosts.HEADER) String key,
      @Valid @NotNull ReportRequests.NewReport body) {
    return idempotent.execute(key, "reports.create", body, () -> {
      Report r = reports.create(body.toNew(), caller);
      return Etags.created("/api/v1/reports/" + r.id, r.version, ReportView.of(r));
    });
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed({Roles.GOVERNMENT, Roles.REVIEWER, Roles.ADMIN})
  @Operation(operationId = "publishReport", summary = "Publish a draft report",
      description = "It never changes again (409 for any change). An IRM report needs a "
          + "second reviewer's approval of it as it stands (POST .../approval; 409 without). "
          + "Publishing an IRM report updates its commitments' IRM records and stars; every "
          + "publication is announced as ogp.report.published.v1. If-Match optional.")
  @APIResponse(responseCode = "200", description = "The published report",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  public RestResponse<ReportView> publish(
      @PathParam("id") @Pattern(regexp = ReportRequests.REPORT_ID) String id,
      @HeaderParam("If-Match") String ifMatch) {
    Report r = reports.publish(id, ifMatch, caller);
    return Etags.ok(ReportView.of(r), r.version);
  }

  @POST
  @Path("/{id}/approval")
  @RolesAllowed(Roles.REVIEWER)
  @Operation(operationId = "approveReport",
      summary = "Approve an IRM draft for publication (a second reviewer)",
      description = "Four eyes: an IRM report is published only with the approval of a "
          + "reviewer who wrote none of it (neither created it nor assessed any commitment), "
          + "given to it as it stands: send If-Match with the ETag read. The ETag stays; any "
          + "change after leaves the approval behind. Self-assessments take none (409).")
  @APIResponse(responseCode = "200", description = "The report, with approvedBy and approvedAt",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  public RestResponse<ReportView> approve(
      @PathParam("id") @Pattern(regexp = ReportRequests.REPORT_ID) String id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag of the report as read")
          String ifMatch) {
    Report r = reports.approve(id, ifMatch, caller);
    return Etags.ok(ReportView.of(r), r.version);
  }

  @PUT
  @Path("/{id}/assessments/{commitmentId}")
  @RolesAllowed({Roles.GOVERNMENT, Roles.REVIEWER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "putReportAssessment",
      summary = "Set the indicators of one commitment in a draft report",
      description = "Action Plan Reviews hold the design indicators and mid-term completion; "
          + "Results Reports end-of-term completion, did it open government and early results; "
          + "self-assessments completion. The commitment must belong to the report's plan. "
          + "Creates the assessment, or replaces it with If-Match (428 without it once it "
          + "exists).")
  @APIResponse(responseCode = "200", description = "Replaced; its new ETag",
      content = @Content(schema = @Schema(implementation = AssessmentView.class)))
  @APIResponse(responseCode = "201", description = "Created; its ETag",
      content = @Content(schema = @Schema(implementation = AssessmentView.class)))
  public Response assess(@PathParam("id") @Pattern(regexp = ReportRequests.REPORT_ID) String id,
      @PathParam("commitmentId") @Pattern(regexp = ReportRequests.COMMITMENT_ID) String commitmentId,
      @HeaderParam("If-Match") @Parameter(description = "To replace: the ETag of the "
          + "assessment as read") String ifMatch,
      @HeaderParam("If-None-Match") @Parameter(description = "* to create only: 412 if the "
          + "commitment is assessed already") String ifNoneMatch,
      @Valid @NotNull ReportRequests.AssessmentInput body) {
    ReportService.Written w = reports.assess(id, commitmentId, body.given(), body.note(),
        ifMatch, ifNoneMatch, caller);
    return Etags.tagged(Response.status(w.created() ? 201 : 200), w.assessment().version)
        .entity(AssessmentView.of(w.assessment())).build();
  }

  @GET
  @Path("/{id}/assessments/{commitmentId}")
  @Operation(operationId = "getReportAssessment",
      summary = "One commitment's assessment in a report",
      description = "A draft's only to those who may write it. Its ETag is what a replacement "
          + "sends as If-Match.")
  @APIResponse(responseCode = "200", description = "The assessment; ETag for If-Match",
      content = @Content(schema = @Schema(implementation = AssessmentView.class)))
  public RestResponse<AssessmentView> assessment(
      @PathParam("id") @Pattern(regexp = ReportRequests.REPORT_ID) String id,
      @PathParam("commitmentId") @Pattern(regexp = ReportRequests.COMMITMENT_ID) String commitmentId) {
    Assessment a = reports.assessment(id, commitmentId, caller);
    return Etags.ok(AssessmentView.of(a), a.version);
  }

  @GET
  @Path("/{id}/assessments")
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listReportAssessments",
      summary = "The assessments of a report", description = "In commitment order; "
      + "cursor pages; CSV with Accept: text/csv.")
  public Page<AssessmentView> assessments(
      @PathParam("id") @Pattern(regexp = ReportRequests.REPORT_ID) String id,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor,
      @Context UriInfo uri) {
    PageRequest page = PageRequest.of(limit, cursor);
    return page.page(reports.assessments(id, page, caller), a -> List.of(a.id.commitmentId()),
        NextLinks.from(uri)).map(AssessmentView::of);
  }
}

package org.ogptracker.reports.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ogptracker.platform.csv.CsvPageWriter;
import org.ogptracker.platform.paging.NextLinks;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.platform.paging.PageRequest;
import org.ogptracker.reports.api.PlanTrackingView.DeadlineView;
import org.ogptracker.reports.api.PlanTrackingView.TimelineView;
import org.ogptracker.reports.domain.PlanReplica;
import org.ogptracker.reports.domain.TimelineEntry;
import org.ogptracker.reports.service.PlanTrackingService;

/** Plan tracking: each plan's timeline of events and its process deadlines. */
@Path("/api/v1/plan-tracking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan tracking", description = "Each plan's timeline and process deadlines")
public class PlanTrackingResource {
  static final String PLAN_ID = "AP_[A-Z]{3,4}[0-9]{2,3}";

  private final PlanTrackingService tracking;
  private final Clock clock;

  PlanTrackingResource(PlanTrackingService tracking, Clock clock) {
    this.tracking = tracking;
    this.clock = clock;
  }

  @GET
  @Path("/{planId}")
  @Operation(operationId = "getPlanTracking",
      summary = "A plan's deadlines (due, met, missed) and the first page of its timeline",
      description = "Deadlines: IRM review 4 months after submission; end-of-term "
          + "self-assessment and IRM results report 4 months after the plan's end. A deadline "
          + "is met by the first published report of its kind on or before its day.")
  public PlanTrackingView get(@PathParam("planId") @Pattern(regexp = PLAN_ID) String planId,
      @QueryParam("limit") String limit) {
    PlanReplica p = tracking.plan(planId);
    LocalDate today = LocalDate.now(clock);
    List<DeadlineView> deadlines = tracking.deadlines(planId, today).stream()
        .map(DeadlineView::of).toList();
    PageRequest page = PageRequest.of(limit, null);
    Page<TimelineView> timeline = page(planId, page,
        c -> "/api/v1/plan-tracking/" + planId + "/timeline?limit=" + page.limit() + "&cursor=" + c);
    return new PlanTrackingView(p.id, p.memberCode, p.status, p.periodStart, p.periodEnd,
        p.submittedOn, deadlines, timeline);
  }

  @GET
  @Path("/{planId}/timeline")
  @Produces({MediaType.APPLICATION_JSON, CsvPageWriter.TEXT_CSV})
  @Operation(operationId = "listPlanTimeline",
      summary = "A plan's timeline: every event received about it, in the order received",
      description = "Plan, commitment, milestone and progress events as reports-service received "
          + "them; cursor pages; CSV with Accept: text/csv.")
  public Page<TimelineView> timeline(@PathParam("planId") @Pattern(regexp = PLAN_ID) String planId,
      @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
    tracking.plan(planId);
    return page(planId, PageRequest.of(limit, cursor), NextLinks.from(uri));
  }

  private Page<TimelineView> page(String planId, PageRequest page,
      java.util.function.Function<String, String> link) {
    return page.page(tracking.timeline(planId, page), t -> List.of(Long.toString(t.seq)), link)
        .map(PlanTrackingResource::view);
  }

  private static TimelineView view(TimelineEntry t) {
    return new TimelineView(t.type, t.subject, t.occurredAt, t.receivedAt, t.eventId);
  }
}

package org.ogptracker.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.platform.paging.Page;
import org.ogptracker.reports.domain.DeadlineKind;
import org.ogptracker.reports.domain.DeadlineState;
import org.ogptracker.reports.domain.DeadlineStatus;

/** A plan as the report side sees it: its deadlines with their state, and its timeline. */
@Schema(name = "PlanTracking")
public record PlanTrackingView(
    @Schema(example = "AP_ALB03", required = true) String planId,
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(example = "completed", required = true) String status,
    @Schema(example = "2016", required = true) String periodStart,
    @Schema(example = "2018", required = true) String periodEnd,
    LocalDate submittedOn,
    @Schema(required = true) List<DeadlineView> deadlines,
    @Schema(description = "First page of the timeline; follow timeline.next for more",
        required = true)
        Page<TimelineView> timeline) {

  /** One process deadline. */
  @Schema(name = "Deadline")
  public record DeadlineView(@Schema(required = true) DeadlineKind kind,
      @Schema(required = true) LocalDate dueOn, @Schema(required = true) DeadlineState state,
      @Schema(description = "When a report meeting it was first published; null: none yet")
          LocalDate metOn) {
    static DeadlineView of(DeadlineStatus d) {
      return new DeadlineView(d.kind(), d.dueOn(), d.state(), d.metOn());
    }
  }

  /** One event received about the plan. */
  @Schema(name = "TimelineEntry")
  public record TimelineView(
      @Schema(example = "ogp.milestone.progress-reported.v1", required = true) String type,
      @Schema(description = "What the event is about", example = "AL0050.1") String subject,
      @Schema(description = "When it happened in the producing service", required = true)
          Instant occurredAt,
      @Schema(description = "When reports-service received it", required = true)
          Instant receivedAt,
      @Schema(description = "Event id (CloudEvents id)",
          example = "6b1f7d2e-8c44-4a53-b0e1-6a9a7c3d2f10", required = true) String eventId) {}
}

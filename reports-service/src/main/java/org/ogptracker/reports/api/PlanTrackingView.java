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
    @Schema(example = "AP_ALB03") String planId,
    @Schema(example = "ALB") String memberCode,
    String status,
    String periodStart,
    String periodEnd,
    LocalDate submittedOn,
    List<DeadlineView> deadlines,
    @Schema(description = "First page of the timeline; follow timeline.next for more")
        Page<TimelineView> timeline) {

  /** One process deadline. */
  @Schema(name = "Deadline")
  public record DeadlineView(DeadlineKind kind, LocalDate dueOn, DeadlineState state,
      @Schema(description = "When a report meeting it was first published; null: none yet")
          LocalDate metOn) {
    static DeadlineView of(DeadlineStatus d) {
      return new DeadlineView(d.kind(), d.dueOn(), d.state(), d.metOn());
    }
  }

  /** One event received about the plan. */
  @Schema(name = "TimelineEntry")
  public record TimelineView(
      @Schema(example = "ogp.milestone.progress-reported.v1") String type,
      @Schema(description = "What the event is about", example = "AL0050.1") String subject,
      @Schema(description = "When it happened in the producing service") Instant occurredAt,
      @Schema(description = "When reports-service received it") Instant receivedAt,
      @Schema(description = "Event id (CloudEvents id)") String eventId) {}
}

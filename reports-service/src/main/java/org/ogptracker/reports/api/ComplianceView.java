package org.ogptracker.reports.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.reports.api.PlanTrackingView.DeadlineView;
import org.ogptracker.reports.service.ComplianceService;

/** A member's process deadlines, cycle by cycle. */
@Schema(name = "Compliance")
public record ComplianceView(
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(description = "Cycles with at least one missed deadline", example = "2",
        required = true) long cyclesWithMisses,
    @Schema(description = "Cycles in which the member missed a deadline of its own",
        example = "1", required = true) long cyclesContraryToProcess,
    @Schema(required = true) List<Cycle> cycles) {

  /** One action plan's cycle. */
  @Schema(name = "ComplianceCycle")
  public record Cycle(
      @Schema(example = "AP_ALB03", required = true) String planId,
      @Schema(description = "The plan's number", example = "3", required = true) int cycle,
      @Schema(example = "completed", required = true) String planStatus,
      @Schema(example = "1", required = true) long missed,
      @Schema(description = "The member missed a deadline of its own (its end-of-term "
          + "self-assessment); the IRM's deadlines are the IRM's", example = "true",
          required = true) boolean contraryToProcess,
      @Schema(required = true) List<DeadlineView> deadlines) {}

  static ComplianceView of(ComplianceService.MemberCompliance m) {
    List<Cycle> cycles = m.cycles().stream().map(c -> new Cycle(c.plan().id, c.plan().number,
        c.plan().status, c.missed(), c.contraryToProcess(),
        c.deadlines().stream().map(DeadlineView::of).toList())).toList();
    return new ComplianceView(m.memberCode(), cycles.stream().filter(c -> c.missed() > 0).count(),
        cycles.stream().filter(Cycle::contraryToProcess).count(), cycles);
  }
}

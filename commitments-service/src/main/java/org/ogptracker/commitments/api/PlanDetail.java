package org.ogptracker.commitments.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.Commitment;
import org.ogptracker.commitments.domain.PlanStatus;

/** One action plan with the list of its commitments. */
@Schema(name = "ActionPlanDetail")
public record PlanDetail(
    @Schema(example = "AP_ALB03", required = true) String id,
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(example = "3", required = true) int number,
    @Schema(example = "2016", required = true) String periodStart,
    @Schema(example = "2018", required = true) String periodEnd,
    LocalDate submittedOn,
    @Schema(required = true) PlanStatus status,
    @Schema(required = true) List<CommitmentRef> commitments) {

  /** A commitment of the plan: its id and title; the whole is at /api/v1/commitments/{id}. */
  @Schema(name = "CommitmentRef")
  public record CommitmentRef(@Schema(example = "AL0050", required = true) String id,
      @Schema(example = "Commitment to publish online central and local government"
          + " legislation in open systems and for free", required = true) String title) {}

  static PlanDetail of(ActionPlan p, List<Commitment> commitments) {
    return new PlanDetail(p.id, p.memberCode, p.number, p.periodStart, p.periodEnd,
        p.submittedOn, p.status,
        commitments.stream().map(c -> new CommitmentRef(c.id, c.title)).toList());
  }
}

package org.ogptracker.commitments.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.commitments.domain.ActionPlan;
import org.ogptracker.commitments.domain.PlanStatus;

/** An action plan in a list. */
@Schema(name = "ActionPlan")
public record PlanView(
    @Schema(example = "AP_ALB03", required = true) String id,
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(example = "3", required = true) int number,
    @Schema(description = "Year or date", example = "2016", required = true) String periodStart,
    @Schema(description = "Year or date", example = "2018", required = true) String periodEnd,
    @Schema(description = "Set when the plan is submitted") LocalDate submittedOn,
    @Schema(required = true) PlanStatus status) {

  static PlanView of(ActionPlan p) {
    return new PlanView(p.id, p.memberCode, p.number, p.periodStart, p.periodEnd, p.submittedOn,
        p.status);
  }
}

package org.ogptracker.countries.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.countries.domain.Criterion;

/** One of the four eligibility criteria. */
@Schema(name = "Criterion")
public record CriterionView(
    @Schema(example = "fiscal_transparency", required = true) String key,
    @Schema(example = "Fiscal Transparency", required = true) String label,
    @Schema(example = "Timely publication of essential budget documents: the executive's budget"
        + " proposal and the audit report.", required = true) String description,
    @Schema(example = "4", required = true) int maxPoints) {

  static CriterionView of(Criterion c) {
    return new CriterionView(c.code(), c.label(), c.description(), Criterion.MAX_POINTS);
  }
}

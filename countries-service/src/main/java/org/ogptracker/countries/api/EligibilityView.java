package org.ogptracker.countries.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.countries.domain.Criterion;
import org.ogptracker.countries.domain.EligibilityAssessment;
import org.ogptracker.countries.domain.EligibilityOutcome;
import org.ogptracker.countries.domain.EligibilityResult;
import org.ogptracker.countries.domain.EligibilityScores;

/** A year's eligibility assessment with its derived result. */
@Schema(name = "EligibilityAssessment")
public record EligibilityView(
    @Schema(example = "ALB", required = true) String code,
    @Schema(example = "2024", required = true) int year,
    @Schema(description = "Points per criterion; a criterion that does not apply is absent",
        required = true, example = "{\"fiscal_transparency\":4,\"access_to_information\":4,"
            + "\"citizen_engagement\":3}")
        Map<String, Integer> scores,
    @Schema(example = "true", required = true) boolean valuesCheckPassed,
    @Schema(example = "11", required = true) int points,
    @Schema(description = "4 per applicable criterion", example = "12", required = true)
        int maxPoints,
    @Schema(description = "Share of the applicable points, null when none apply", example = "91.7")
        Double percent,
    @Schema(description = "Criteria with points", example = "3", required = true)
        int measuredCriteria,
    @Schema(required = true) EligibilityOutcome result,
    @Schema(required = true) Instant assessedAt) {

  static EligibilityView of(EligibilityAssessment a) {
    EligibilityScores s = a.scores();
    EligibilityResult r = a.result();
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (Criterion c : Criterion.values()) {
      scores.put(c.code(), s.of(c));
    }
    return new EligibilityView(a.id.memberCode(), a.id.year(), scores, s.valuesCheckPassed(),
        r.points(), r.maxPoints(), r.percent(), r.measured(), r.outcome(), a.assessedAt);
  }
}

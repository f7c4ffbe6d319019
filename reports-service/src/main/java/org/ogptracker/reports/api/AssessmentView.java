package org.ogptracker.reports.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.reports.domain.Assessment;
import org.ogptracker.reports.domain.IndicatorField;

/** The indicators of one commitment in one report; a report's kind decides which it holds. */
@Schema(name = "Assessment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(
    @Schema(example = "AP_ALB03-APR-v1", required = true) String reportId,
    @Schema(example = "AL0050", required = true) String commitmentId,
    IndicatorView specificity,
    IndicatorView verifiable,
    @Schema(description = "The OGP values it is relevant to ([] for none), or one sentinel")
        List<IndicatorView> relevance,
    IndicatorView potentialImpact,
    IndicatorView potentialForResults,
    @Schema(description = "Completion at the report's stage", required = true)
        IndicatorView completion,
    IndicatorView didItOpenGovernment,
    IndicatorView didItOpenGovernmentAccessToInformation,
    IndicatorView didItOpenGovernmentCivicParticipation,
    IndicatorView didItOpenGovernmentPublicAccountability,
    IndicatorView didItOpenGovernmentTechnologyAndInnovation,
    IndicatorView earlyResults,
    @Schema(example = "Ministries publish central legislation free of charge; vendime.al"
        + " carries local decisions") String note,
    @Schema(example = "dev-reviewer", required = true) String assessedBy,
    @Schema(required = true) Instant assessedAt) {

  static AssessmentView of(Assessment a) {
    Map<String, Object> c = a.indicators().asMap();
    return new AssessmentView(a.id.reportId(), a.id.commitmentId(),
        v(c, IndicatorField.SPECIFICITY), v(c, IndicatorField.VERIFIABLE),
        IndicatorView.relevance(c.get(IndicatorField.RELEVANCE.apiName())),
        v(c, IndicatorField.POTENTIAL_IMPACT), v(c, IndicatorField.POTENTIAL_FOR_RESULTS),
        v(c, IndicatorField.COMPLETION), v(c, IndicatorField.DID_IT_OPEN_GOVERNMENT),
        v(c, IndicatorField.OPENED_ACCESS_TO_INFORMATION),
        v(c, IndicatorField.OPENED_CIVIC_PARTICIPATION),
        v(c, IndicatorField.OPENED_PUBLIC_ACCOUNTABILITY),
        v(c, IndicatorField.OPENED_TECHNOLOGY_AND_INNOVATION), v(c, IndicatorField.EARLY_RESULTS),
        a.note, a.assessedBy, a.assessedAt);
  }

  static IndicatorView v(Map<String, Object> codes, IndicatorField f) {
    return IndicatorView.of(f, codes.get(f.apiName()));
  }
}

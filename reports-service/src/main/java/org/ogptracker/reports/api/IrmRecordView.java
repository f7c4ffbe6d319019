package org.ogptracker.reports.api;

import static org.ogptracker.reports.api.AssessmentView.v;

import java.util.Map;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.reports.domain.CommitmentAssessment;
import org.ogptracker.reports.domain.IndicatorField;
import org.ogptracker.reports.domain.IrmRecord;
import org.ogptracker.reports.domain.Sentinel;

/**
 * A commitment's latest IRM view: design and mid-term completion from its latest Action Plan
 * Review, end-of-term completion and results from its latest Results Report, and its stars.
 */
@Schema(name = "CommitmentAssessment")
public record IrmRecordView(
    @Schema(example = "AL0050", required = true) String commitmentId,
    @Schema(example = "AP_ALB03", required = true) String planId,
    @Schema(example = "ALB", required = true) String memberCode,
    @Schema(required = true) IndicatorView specificity,
    @Schema(required = true) IndicatorView verifiable,
    @Schema(description = "The OGP values it is relevant to ([] for none), or one sentinel",
        required = true) List<IndicatorView> relevance,
    @Schema(required = true) IndicatorView potentialImpact,
    @Schema(required = true) IndicatorView potentialForResults,
    @Schema(required = true) IndicatorView completionMidterm,
    @Schema(required = true) IndicatorView completionEndOfTerm,
    @Schema(required = true) IndicatorView didItOpenGovernment,
    @Schema(required = true) IndicatorView didItOpenGovernmentAccessToInformation,
    @Schema(required = true) IndicatorView didItOpenGovernmentCivicParticipation,
    @Schema(required = true) IndicatorView didItOpenGovernmentPublicAccountability,
    @Schema(required = true) IndicatorView didItOpenGovernmentTechnologyAndInnovation,
    @Schema(required = true) IndicatorView earlyResults,
    @Schema(description = "Starred at mid-term; null when undecided (see starredMidtermUndecided)",
        example = "false") Boolean starredMidterm,
    @Schema(description = "The sentinel that left the mid-term star open", example = "no_data")
        String starredMidtermUndecided,
    @Schema(example = "false") Boolean starredEndOfTerm,
    @Schema(example = "not_reviewed") String starredEndOfTermUndecided,
    @Schema(example = "AP_ALB03-APR-v1") String designReportId,
    @Schema(example = "AP_ALB03-RR-v1") String resultsReportId) {

  static IrmRecordView of(CommitmentAssessment a) {
    Map<String, Object> c = a.record().asMap();
    return new IrmRecordView(a.commitmentId, a.planId, a.memberCode,
        v(c, IndicatorField.SPECIFICITY), v(c, IndicatorField.VERIFIABLE),
        IndicatorView.relevance(c.get(IndicatorField.RELEVANCE.apiName())),
        v(c, IndicatorField.POTENTIAL_IMPACT), v(c, IndicatorField.POTENTIAL_FOR_RESULTS),
        IndicatorView.of(IndicatorField.COMPLETION, c.get(IrmRecord.COMPLETION_MIDTERM)),
        IndicatorView.of(IndicatorField.COMPLETION, c.get(IrmRecord.COMPLETION_END_OF_TERM)),
        v(c, IndicatorField.DID_IT_OPEN_GOVERNMENT),
        v(c, IndicatorField.OPENED_ACCESS_TO_INFORMATION),
        v(c, IndicatorField.OPENED_CIVIC_PARTICIPATION),
        v(c, IndicatorField.OPENED_PUBLIC_ACCOUNTABILITY),
        v(c, IndicatorField.OPENED_TECHNOLOGY_AND_INNOVATION), v(c, IndicatorField.EARLY_RESULTS),
        starred(a.starredMidterm), undecided(a.starredMidterm),
        starred(a.starredEndOfTerm), undecided(a.starredEndOfTerm),
        a.designReportId, a.resultsReportId);
  }

  private static Boolean starred(String stored) {
    return Sentinel.fromCode(stored) == null ? Boolean.valueOf(stored) : null;
  }

  private static String undecided(String stored) {
    return Sentinel.fromCode(stored) == null ? null : stored;
  }
}

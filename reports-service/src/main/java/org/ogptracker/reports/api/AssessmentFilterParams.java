package org.ogptracker.reports.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ogptracker.platform.http.EnumParams;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.reports.domain.IndicatorField;
import org.ogptracker.reports.domain.IrmRecord;
import org.ogptracker.reports.domain.Stage;
import org.ogptracker.reports.service.AssessmentQuery;

/** The filters of the IRM record list: one per indicator, each a code of its scale or a sentinel. */
public class AssessmentFilterParams {
  @QueryParam("country") @Pattern(regexp = "[A-Z]{3,4}")
  @Parameter(description = "Member code", example = "ALB") public String country;

  @QueryParam("plan") @Pattern(regexp = ReportRequests.PLAN_ID)
  @Parameter(description = "Plan id", example = "AP_ALB03") public String plan;

  @QueryParam("starred") @Pattern(regexp = "true|false", message = "must be true or false")
  @Parameter(description = "Starred (true) or decided not starred (false), at `stage` or at "
      + "either stage") public String starred;

  @QueryParam("stage")
  @Parameter(description = "midterm or end_of_term: the stage of `starred` and `completion`",
      schema = @Schema(implementation = Stage.class))
  public String stage;

  @QueryParam("specificity") @Parameter(example = "high") public String specificity;
  @QueryParam("verifiable") @Parameter(example = "yes") public String verifiable;
  @QueryParam("relevance") @Parameter(description = "An OGP value it is relevant to, or a sentinel",
      example = "civic_participation") public String relevance;
  @QueryParam("potentialImpact") @Parameter(example = "transformative") public String potentialImpact;
  @QueryParam("potentialForResults") public String potentialForResults;
  @QueryParam("completion") @Parameter(description = "Completion at `stage`, or at either stage",
      example = "complete") public String completion;
  @QueryParam("completionMidterm") public String completionMidterm;
  @QueryParam("completionEndOfTerm") public String completionEndOfTerm;
  @QueryParam("didItOpenGovernment") @Parameter(example = "major") public String didItOpenGovernment;
  @QueryParam("didItOpenGovernmentAccessToInformation") public String didItOpenGovernmentAccessToInformation;
  @QueryParam("didItOpenGovernmentCivicParticipation") public String didItOpenGovernmentCivicParticipation;
  @QueryParam("didItOpenGovernmentPublicAccountability") public String didItOpenGovernmentPublicAccountability;
  @QueryParam("didItOpenGovernmentTechnologyAndInnovation") public String didItOpenGovernmentTechnologyAndInnovation;
  @QueryParam("earlyResults") public String earlyResults;

  /** The filter, each code checked against its indicator's scale (400 otherwise). */
  AssessmentQuery.Filter toFilter() {
    Map<String, String> indicators = new LinkedHashMap<>();
    check(indicators, IndicatorField.SPECIFICITY, specificity);
    check(indicators, IndicatorField.VERIFIABLE, verifiable);
    check(indicators, IndicatorField.RELEVANCE, relevance);
    check(indicators, IndicatorField.POTENTIAL_IMPACT, potentialImpact);
    check(indicators, IndicatorField.POTENTIAL_FOR_RESULTS, potentialForResults);
    check(indicators, IndicatorField.DID_IT_OPEN_GOVERNMENT, didItOpenGovernment);
    check(indicators, IndicatorField.OPENED_ACCESS_TO_INFORMATION, didItOpenGovernmentAccessToInformation);
    check(indicators, IndicatorField.OPENED_CIVIC_PARTICIPATION, didItOpenGovernmentCivicParticipation);
    check(indicators, IndicatorField.OPENED_PUBLIC_ACCOUNTABILITY, didItOpenGovernmentPublicAccountability);
    check(indicators, IndicatorField.OPENED_TECHNOLOGY_AND_INNOVATION,
        didItOpenGovernmentTechnologyAndInnovation);
    check(indicators, IndicatorField.EARLY_RESULTS, earlyResults);
    if (completionMidterm != null) {
      indicators.put(IrmRecord.COMPLETION_MIDTERM, code(IndicatorField.COMPLETION,
          completionMidterm, "completionMidterm"));
    }
    if (completionEndOfTerm != null) {
      indicators.put(IrmRecord.COMPLETION_END_OF_TERM, code(IndicatorField.COMPLETION,
          completionEndOfTerm, "completionEndOfTerm"));
    }
    return new AssessmentQuery.Filter(country, plan,
        starred == null ? null : Boolean.valueOf(starred),
        EnumParams.parse(Stage.class, stage, "stage"), indicators,
        completion == null ? null : code(IndicatorField.COMPLETION, completion, "completion"));
  }

  private static void check(Map<String, String> into, IndicatorField f, String code) {
    if (code != null) {
      into.put(f.apiName(), code(f, code, f.apiName()));
    }
  }

  private static String code(IndicatorField f, String code, String param) {
    List<String> allowed = f.allowed();
    if (!allowed.contains(code)) {
      throw Problems.invalidField(param,
          "unknown value '" + code + "'; allowed: " + String.join(", ", allowed));
    }
    return code;
  }
}

package org.ogptracker.reports.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.reports.domain.IndicatorField;
import org.ogptracker.reports.domain.ReportKind;
import org.ogptracker.reports.domain.Sentinel;
import org.ogptracker.reports.service.ReportService;

/** Request bodies of the report API. */
public final class ReportRequests {
  static final String PLAN_ID = "AP_[A-Z]{3,4}[0-9]{2,3}";
  static final String REPORT_ID = PLAN_ID + "-(SAM|SAE|APR|RR)-v[0-9]{1,3}";
  static final String COMMITMENT_ID = "[A-Z0-9]{2,4}[0-9]{4}";
  /** Longer than any code of an indicator's scale or a sentinel. */
  static final int CODE = 40;

  private ReportRequests() {}

  /** A new draft report on a plan, or a correction of a published one. */
  @Schema(name = "NewReport", description = "planId and kind for a first report; corrects "
      + "(alone) for a correction, which takes the plan and kind of the report it corrects")
  public record NewReport(
      @Pattern(regexp = PLAN_ID, message = "must be a plan id such as AP_ALB03")
      @Schema(example = "AP_ALB03") String planId,
      @Schema(example = "irm_action_plan_review") ReportKind kind,
      @Pattern(regexp = REPORT_ID, message = "must be a report id such as AP_ALB03-APR-v1")
      @Schema(example = "AP_ALB03-APR-v1") String corrects,
      @Size(max = 20000)
      @Schema(example = "The IRM's review of Albania's 2016-2018 action plan: the design of"
          + " its commitments and their completion at mid-term") String summary,
      @Size(max = 20)
      @Schema(example = "[\"https://www.opengovpartnership.org/documents/"
          + "albania-mid-term-report-2016-2018/\"]")
          List<@Pattern(regexp = "https?://[^\\s]{1,2000}",
              message = "must be an http(s) URL") String> documentUrls) {

    ReportService.NewReport toNew() {
      return new ReportService.NewReport(planId, kind, corrects, summary, documentUrls);
    }
  }

  /**
   * The indicators of one commitment: codes of each scale or a sentinel ({@code no_data},
   * {@code not_reviewed}, {@code not_applicable}). An indicator the report's kind holds and the
   * request leaves out is {@code not_reviewed}; one it does not hold is refused.
   */
  @Schema(name = "AssessmentInput")
  public record AssessmentInput(
      @Size(max = CODE) @Schema(example = "high", description = "none, low, medium, high")
          String specificity,
      @Size(max = CODE) @Schema(example = "yes", description = "yes, no") String verifiable,
      @Schema(description = "The OGP values it is relevant to: access_to_information, "
          + "civic_participation, public_accountability, technology_and_innovation (at most the "
          + "four; [] for none); or a list of one sentinel: no_data, not_reviewed, "
          + "not_applicable. A bare sentinel, not in a list, is taken too",
          example = "[\"access_to_information\"]")
          @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          List<@Size(max = CODE) String> relevance,
      @Size(max = CODE)
      @Schema(example = "transformative", description = "none, minor, moderate, transformative")
          String potentialImpact,
      @Size(max = CODE)
      @Schema(example = "substantial", description = "unclear, modest, substantial")
          String potentialForResults,
      @Size(max = CODE) @Schema(example = "substantial",
          description = "withdrawn, unclear, not_started, limited, substantial, complete")
          String completion,
      @Size(max = CODE) @Schema(example = "major",
          description = "worsens, did_not_change, marginal, major, outstanding")
          String didItOpenGovernment,
      @Size(max = CODE) @Schema(example = "major")
          String didItOpenGovernmentAccessToInformation,
      @Size(max = CODE) @Schema(example = "not_applicable")
          String didItOpenGovernmentCivicParticipation,
      @Size(max = CODE) @Schema(example = "not_applicable")
          String didItOpenGovernmentPublicAccountability,
      @Size(max = CODE) @Schema(example = "not_applicable")
          String didItOpenGovernmentTechnologyAndInnovation,
      @Size(max = CODE)
      @Schema(example = "moderate", description = "no_notable_results, moderate, significant")
          String earlyResults,
      @Size(max = 5000)
      @Schema(example = "Ministries publish central legislation free of charge; vendime.al"
          + " carries local decisions") String note) {

    /** API name to the code (or codes) given: the components named as indicators. */
    Map<String, Object> given() {
      Map<String, Object> given = new LinkedHashMap<>();
      for (RecordComponent c : AssessmentInput.class.getRecordComponents()) {
        if (IndicatorField.byApiName(c.getName()) != null) {
          try {
            Object value = c.getAccessor().invoke(this);
            // A sentinel of relevance comes as a list of one: the indicator holds the sentinel.
            if (value instanceof List<?> list && list.size() == 1
                && Sentinel.fromCode(String.valueOf(list.get(0))) != null) {
              value = list.get(0);
            }
            given.put(c.getName(), value);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      return given;
    }
  }
}

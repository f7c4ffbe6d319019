package org.ogptracker.commitments.api;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.commitments.domain.GrandChallenge;
import org.ogptracker.commitments.domain.MilestoneStatus;
import org.ogptracker.commitments.domain.OgpValue;
import org.ogptracker.commitments.domain.Period;
import org.ogptracker.commitments.domain.PlanStatus;
import org.ogptracker.commitments.domain.Theme;
import org.ogptracker.commitments.service.CommitmentDraft;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.platform.problem.Problems;

/** Request bodies of commitments-service. */
public final class Requests {
  static final String URL = "https?://[^\\s]{1,2000}";
  static final String PERIOD = "[0-9]{4}(-[0-9]{2}-[0-9]{2})?";

  private Requests() {}

  /** A new action plan for a member. */
  @Schema(name = "NewActionPlan")
  public record NewPlan(
      @NotNull @Pattern(regexp = "[A-Z]{3,4}", message = "must be a member code such as ALB")
      @Schema(example = "ALB") String memberCode,
      @NotNull @Pattern(regexp = PERIOD, message = "must be a year (2024) or a date (2024-07-01)")
      @Schema(example = "2024") String periodStart,
      @NotNull @Pattern(regexp = PERIOD, message = "must be a year (2026) or a date (2026-06-30)")
      @Schema(example = "2026") String periodEnd) {

    Period period() {
      return Requests.period(periodStart, periodEnd);
    }
  }

  /** A new period for a plan. */
  @Schema(name = "ActionPlanPatch")
  public record PlanPatch(
      @NotNull @Pattern(regexp = PERIOD) @Schema(example = "2016-07-01") String periodStart,
      @NotNull @Pattern(regexp = PERIOD) @Schema(example = "2018-06-30") String periodEnd) {

    Period period() {
      return Requests.period(periodStart, periodEnd);
    }
  }

  /** The status a plan moves to. */
  @Schema(name = "ActionPlanTransition")
  public record Transition(@NotNull @Schema(example = "submitted") PlanStatus status) {}

  /** A commitment to add, or (all fields optional) the changes to one. */
  @Schema(name = "CommitmentInput")
  public record CommitmentInput(
      @Size(min = 1, max = 1000) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
      @Schema(example = "Open parliamentary committee hearings") String title,
      @Size(max = 20000)
      @Schema(example = "Committees of the Assembly publish their hearing calendar and stream"
          + " their hearings online, and take written comments from the public.")
          String description,
      @Size(max = 1000) @Schema(example = "Assembly of Albania") String leadInstitution,
      @Size(max = 50)
      @Schema(example = "[\"Minister of State for Relations with the Parliament\","
          + " \"National Agency of Information Society\"]")
          List<@NotBlank @Size(max = 1000) String> supportingInstitutions,
      LocalDate startDate,
      LocalDate endDate,
      @Size(max = 5) List<@NotNull GrandChallenge> grandChallenges,
      @Size(max = 4) List<@NotNull OgpValue> ogpValues,
      @Size(max = 90) @Schema(description = "Policy-area codes from /api/v1/themes",
          example = "[\"open_parliaments\", \"participation_in_lawmaking\","
              + " \"legislative_oversight\"]")
          List<@NotNull @Size(max = 100) String> themes,
      @Pattern(regexp = URL, message = "must be an http(s) URL")
      @Schema(example = "https://www.opengovpartnership.org/documents/"
          + "albania-action-plan-2024-2026/") String sourceUrl) {

    /** As a new commitment: a title is required. */
    CommitmentDraft toNew() {
      if (title == null) {
        throw Problems.invalidField("title", "is required");
      }
      return toDraft();
    }

    CommitmentDraft toDraft() {
      if (themes != null) {
        for (int i = 0; i < themes.size(); i++) {
          if (Theme.byCode(themes.get(i)).isEmpty()) {
            throw Problems.invalidField("themes[" + i + "]", "unknown theme '" + themes.get(i)
                + "'; see /api/v1/themes");
          }
        }
      }
      return new CommitmentDraft(title == null ? null : title.strip(), description,
          leadInstitution, supportingInstitutions, startDate, endDate,
          codes(grandChallenges), codes(ogpValues), themes == null ? null : List.copyOf(themes),
          sourceUrl);
    }
  }

  /** A milestone to add. */
  @Schema(name = "NewMilestone")
  public record NewMilestone(
      @NotBlank @Size(max = 2000) @Schema(example = "Publish the hearing calendar online")
          String description,
      @Schema(example = "2025-06-30") LocalDate dueDate) {}

  /** A progress update on a milestone. */
  @Schema(name = "NewProgressUpdate")
  public record NewProgress(
      @NotNull MilestoneStatus status,
      @Schema(description = "0 to 100; implied by not_started (0) and complete (100)",
          minimum = "0", maximum = "100", example = "40") Integer percentComplete,
      @Size(max = 5000) @Schema(example = "Calendar drafted; awaiting approval") String note,
      @Size(max = 20) @Schema(example = "[\"https://www.parlament.al/\"]")
          List<@NotNull @Pattern(regexp = URL, message = "must be an http(s) URL") String>
          evidenceUrls) {}

  static Period period(String start, String end) {
    try {
      return new Period(start, end);
    } catch (IllegalArgumentException e) {
      throw Problems.invalidField(e.getMessage().startsWith("periodStart") ? "periodStart"
          : "periodEnd", e.getMessage());
    }
  }

  private static <E extends Enum<E>> List<String> codes(List<E> values) {
    return values == null ? null : values.stream().distinct().map(EnumCodes::code).toList();
  }

}

package org.ogptracker.notifications.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.notifications.feed.PublicChanges;
import org.ogptracker.notifications.webhooks.Facets;
import org.ogptracker.notifications.webhooks.Subscriptions;
import org.ogptracker.platform.problem.Problems;
import org.ogptracker.platform.web.Problem;

/** A webhook subscription asked for. */
@Schema(name = "NewSubscription")
public record NewSubscription(
    @NotBlank @Size(max = 2000)
    @Schema(required = true, description = "Where to POST each change (https; it must answer "
        + "the verification challenge first)", example = "https://receiver.example.org/ogp")
        String url,
    @Size(max = 20)
    @Schema(description = "The event types wanted; all when absent or empty",
        example = "[\"ogp.milestone.progress-reported.v1\"]") List<String> types,
    @Pattern(regexp = "[A-Z]{3,4}", message = "must be a member code (3 or 4 capitals)")
    @Schema(description = "Only changes about this member", example = "ALB") String member,
    @Pattern(regexp = "AP_[A-Z]{3,4}[0-9]{2,}", message = "must be a plan id such as AP_ALB03")
    @Schema(description = "Only changes about this plan", example = "AP_ALB03") String plan,
    @Schema(description = "Only changes about national or local members",
        enumeration = {"national", "local"}, example = "local") String memberKind,
    @Schema(description = "Only changes of commitments (with their milestones and progress) "
        + "that address this grand challenge", enumeration = {"improving_public_services",
        "increasing_public_integrity", "more_effectively_managing_public_resources",
        "creating_safer_communities", "increasing_corporate_accountability"},
        example = "increasing_public_integrity") String grandChallenge,
    @Schema(description = "Only changes of commitments (with their milestones and progress) "
        + "relevant to this OGP value", enumeration = {"access_to_information",
        "civic_participation", "public_accountability", "technology_and_innovation"},
        example = "civic_participation") String ogpValue,
    @Size(min = 1, max = 100)
    @Schema(description = "Only changes of commitments (with their milestones and progress) of "
        + "this theme (GET /api/v1/themes)", example = "Open Parliaments") String theme,
    @Schema(description = "Only changes about overdue milestones: the one that says a "
        + "milestone is overdue (ogp.milestone.overdue.v1: due before today, unfinished, its "
        + "plan in implementation), and the progress reported on it until it is complete or "
        + "withdrawn", defaultValue = "false", example = "true") Boolean overdueMilestones) {

  Subscriptions.Wanted wanted() {
    List<String> wanted = types == null ? List.of() : types;
    List<Problem.FieldError> errors = new ArrayList<>();
    for (String t : wanted) {
      if (t == null || !PublicChanges.isPublic(t)) {
        errors.add(new Problem.FieldError("types", "'" + t + "' is not a type of the feed"));
      }
    }
    oneOf("memberKind", memberKind, Facets.MEMBER_KINDS, errors);
    oneOf("grandChallenge", grandChallenge, Facets.GRAND_CHALLENGES, errors);
    oneOf("ogpValue", ogpValue, Facets.OGP_VALUES, errors);
    if (!errors.isEmpty()) {
      throw Problems.invalid(errors);
    }
    return new Subscriptions.Wanted(url.strip(), wanted.stream().distinct().sorted().toList(),
        member, plan, new Facets.Wanted(memberKind, grandChallenge, ogpValue,
            theme == null ? null : theme.strip(), Boolean.TRUE.equals(overdueMilestones)));
  }

  private static void oneOf(String field, String value, List<String> codes,
      List<Problem.FieldError> errors) {
    if (value != null && !codes.contains(value)) {
      errors.add(new Problem.FieldError(field, "must be one of " + codes));
    }
  }
}

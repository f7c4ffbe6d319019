package org.ogptracker.notifications.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.notifications.feed.PublicChanges;
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
    @Schema(description = "Only changes about this plan", example = "AP_ALB03") String plan) {

  Subscriptions.Wanted wanted() {
    List<String> wanted = types == null ? List.of() : types;
    List<Problem.FieldError> errors = new ArrayList<>();
    for (String t : wanted) {
      if (t == null || !PublicChanges.isPublic(t)) {
        errors.add(new Problem.FieldError("types", "'" + t + "' is not a type of the feed"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problems.invalid(errors);
    }
    return new Subscriptions.Wanted(url.strip(), wanted.stream().distinct().sorted().toList(),
        member, plan);
  }
}

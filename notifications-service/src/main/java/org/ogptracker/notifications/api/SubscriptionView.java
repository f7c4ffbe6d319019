package org.ogptracker.notifications.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.notifications.webhooks.Subscription;

/** A webhook subscription as its owner sees it; the secret only when it is made or rotated. */
@Schema(name = "Subscription")
public record SubscriptionView(
    @Schema(required = true, example = "sub_0c6f1b9e-8f0e-4a53-9d35-4d1d3c2f8a11") String id,
    @Schema(required = true, example = "https://receiver.example.org/ogp") String url,
    @Schema(required = true, description = "The event types it wants; empty for all",
        example = "[\"ogp.milestone.progress-reported.v1\"]") List<String> types,
    @Schema(description = "Only changes about this member", example = "ALB") String member,
    @Schema(description = "Only changes about this plan", example = "AP_ALB03") String plan,
    @Schema(description = "Only changes about national or local members", example = "local")
        String memberKind,
    @Schema(description = "Only changes of commitments addressing this grand challenge",
        example = "increasing_public_integrity") String grandChallenge,
    @Schema(description = "Only changes of commitments relevant to this OGP value",
        example = "civic_participation") String ogpValue,
    @Schema(description = "Only changes of commitments of this theme",
        example = "Open Parliaments") String theme,
    @Schema(required = true, description = "Only changes about overdue milestones",
        example = "false") boolean overdueMilestones,
    @Schema(required = true, enumeration = {"active", "disabled"}, example = "active")
        String status,
    @Schema(description = "Why it was disabled", example = "every delivery has failed since "
        + "2026-12-01 10:00:00+00; the last: answered 500") String disabledReason,
    @Schema(description = "Since when every delivery has failed; absent while they succeed",
        example = "2026-12-05T10:00:00Z") Instant failingSince,
    @Schema(required = true, example = "2026-12-06T09:30:00Z") Instant createdAt,
    @Schema(description = "The secret deliveries are signed with (Standard Webhooks: "
        + "HMAC-SHA256 keyed by the base64 after whsec_). Only in the answer that made or "
        + "rotated it: keep it", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

  static SubscriptionView of(Subscription s) {
    return new SubscriptionView(s.id(), s.url(), s.types(), s.member(), s.plan(),
        s.facets().memberKind(), s.facets().grandChallenge(), s.facets().ogpValue(),
        s.facets().theme(), s.facets().overdueMilestones(), s.status(), s.disabledReason(), s.failingSince(), s.createdAt(),
        null);
  }

  static SubscriptionView withSecret(Subscription s) {
    SubscriptionView v = of(s);
    return new SubscriptionView(v.id, v.url, v.types, v.member, v.plan, v.memberKind,
        v.grandChallenge, v.ogpValue, v.theme, v.overdueMilestones, v.status, v.disabledReason, v.failingSince,
        v.createdAt, s.secret());
  }
}

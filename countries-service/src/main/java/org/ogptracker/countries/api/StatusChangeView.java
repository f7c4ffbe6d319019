package org.ogptracker.countries.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.countries.domain.MemberStatus;
import org.ogptracker.countries.domain.StatusChange;

/** One entry of a member's status history. */
@Schema(name = "StatusChange")
public record StatusChangeView(
    @Schema(description = "Null for the first status") MemberStatus from,
    @Schema(required = true) MemberStatus to,
    @Schema(example = "Letter of intent received", required = true) String reason,
    @Schema(description = "Subject of the token that made the change", example = "dev-admin",
        required = true) String changedBy,
    @Schema(required = true) Instant changedAt) {

  static StatusChangeView of(StatusChange c) {
    return new StatusChangeView(c.from, c.to, c.reason, c.changedBy, c.changedAt);
  }
}

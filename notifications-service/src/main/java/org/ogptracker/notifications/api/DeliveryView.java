package org.ogptracker.notifications.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.notifications.webhooks.Deliveries;

/** One change sent (or to send) to a subscription's receiver. */
@Schema(name = "Delivery")
public record DeliveryView(
    @Schema(required = true, description = "The message id (webhook-id), the same on every "
        + "attempt", example = "msg_5b1e8a7c-3d0f-4c4e-9a1b-2f6d8e0c7a55") String id,
    @Schema(description = "The change's event id (absent once the feed no longer keeps it)",
        example = "3f0a4c55-2d0e-4b8a-9d3e-0d5c2b9f8a11") String eventId,
    @Schema(description = "The change's type", example = "ogp.milestone.progress-reported.v1")
        String type,
    @Schema(description = "What the change is about", example = "AL0050.1") String subject,
    @Schema(required = true, enumeration = {"pending", "delivered", "failed"},
        example = "failed") String state,
    @Schema(required = true, description = "Attempts made", example = "27") int attempts,
    @Schema(description = "The receiver's last status", example = "503") Integer lastStatus,
    @Schema(description = "Why the last attempt failed", example = "answered 503")
        String lastError,
    @Schema(description = "When a pending delivery is tried next",
        example = "2026-12-06T10:05:00Z") Instant nextAttemptAt,
    @Schema(required = true, example = "2026-12-05T10:00:00Z") Instant createdAt,
    @Schema(description = "When the receiver took it", example = "2026-12-05T10:00:01Z")
        Instant deliveredAt) {

  static DeliveryView of(Deliveries.Delivery d) {
    return new DeliveryView(d.id(), d.eventId(), d.type(), d.subject(), d.state(), d.attempts(),
        d.lastStatus(), d.lastError(), "pending".equals(d.state()) ? d.nextAttemptAt() : null,
        d.createdAt(), d.deliveredAt());
  }
}

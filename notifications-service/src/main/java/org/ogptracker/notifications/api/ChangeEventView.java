package org.ogptracker.notifications.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.notifications.feed.Change;
import org.ogptracker.notifications.feed.FeedQuery;

/** A change as a CloudEvent 1.0 in its structured JSON form, as the feed gives it. */
@Schema(name = "ChangeEvent", description = "A CloudEvent 1.0 (JSON format): one public change "
    + "of the suite, its data as the producing service published it (docs/asyncapi.yaml "
    + "describes the data of each type)")
@JsonPropertyOrder({"specversion", "id", "source", "type", "subject", "time", "datacontenttype",
    "cursor", "data"})
public record ChangeEventView(
    @Schema(required = true, example = "1.0", enumeration = "1.0") String specversion,
    @Schema(required = true, description = "The event's id; the same in the feed, the webhooks "
        + "and Kafka", example = "3f0a4c55-2d0e-4b8a-9d3e-0d5c2b9f8a11") String id,
    @Schema(required = true, description = "The service that made the change",
        example = "/commitments-service") String source,
    @Schema(required = true, example = "ogp.milestone.progress-reported.v1") String type,
    @Schema(required = true, description = "What the change is about: a member code, plan, "
        + "commitment, milestone or report id", example = "AL0050.1") String subject,
    @Schema(required = true, description = "When the change was committed",
        example = "2026-03-02T10:15:30.123Z") Instant time,
    @Schema(required = true, example = "application/json") String datacontenttype,
    @Schema(required = true, description = "Extension attribute: where this event stands in "
        + "the feed; give it as after (or Last-Event-ID) to read what came after it",
        example = "djEfMTI") String cursor,
    @Schema(required = true, type = SchemaType.OBJECT, description = "The event's data, as "
        + "published (docs/asyncapi.yaml has its schema for each type)",
        example = "{\"milestoneId\": \"AL0050.1\", \"planId\": \"AP_ALB03\", "
            + "\"memberCode\": \"ALB\", \"status\": \"complete\", \"percentComplete\": 100}")
        @JsonRawValue String data) {

  public static ChangeEventView of(Change c) {
    return new ChangeEventView("1.0", c.id(), c.source(), c.type(), c.subject(), c.time(),
        "application/json", FeedQuery.cursor(c.position()), c.data());
  }
}

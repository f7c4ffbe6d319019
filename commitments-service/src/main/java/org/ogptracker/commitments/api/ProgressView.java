package org.ogptracker.commitments.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.commitments.domain.MilestoneStatus;
import org.ogptracker.commitments.domain.ProgressUpdate;
import org.ogptracker.commitments.events.CommitmentEvents;
import org.ogptracker.platform.codes.EnumCodes;

/** One progress update, as reported. */
@Schema(name = "ProgressUpdate")
public record ProgressView(
    @Schema(example = "1207", required = true) long id,
    @Schema(example = "AL0050.1", required = true) String milestoneId,
    @Schema(required = true) MilestoneStatus status,
    @Schema(minimum = "0", maximum = "100", example = "40", required = true)
        int percentComplete,
    @Schema(example = "Legislation sections online on most line ministries' websites")
        String note,
    @Schema(example = "[\"https://qbz.gov.al/\", \"https://www.financa.gov.al/\"]",
        required = true) List<String> evidenceUrls,
    @Schema(description = "Subject of the token that reported it", example = "dev-government-alb",
        required = true) String author,
    @Schema(required = true) Instant reportedAt) {

  /** An update as {@code report} recorded it (its event's data). */
  static ProgressView of(CommitmentEvents.ProgressData u) {
    return new ProgressView(u.updateId(), u.milestoneId(),
        EnumCodes.find(MilestoneStatus.class, u.status()), u.percentComplete(),
        u.note(), u.evidenceUrls(), u.author(), u.reportedAt());
  }

  static ProgressView of(ProgressUpdate u) {
    return new ProgressView(u.id, u.milestoneId, u.status, u.percentComplete, u.note,
        u.evidenceUrls, u.author, u.reportedAt);
  }
}

package org.ogptracker.commitments.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogptracker.commitments.domain.Milestone;
import org.ogptracker.commitments.domain.MilestoneStatus;

/** A milestone, standing where its latest progress update put it. */
@Schema(name = "Milestone")
public record MilestoneView(
    @Schema(example = "AL0050.1", required = true) String id,
    @Schema(example = "AL0050", required = true) String commitmentId,
    @Schema(example = "1", required = true) int number,
    @Schema(example = "Publish central legislation free of charge in the Legislation section"
        + " of the line ministries' websites", required = true) String description,
    LocalDate dueDate,
    @Schema(required = true) MilestoneStatus status,
    @Schema(minimum = "0", maximum = "100", example = "40", required = true)
        int percentComplete,
    @Schema(description = "Progress updates so far", example = "2", required = true)
        int updates) {

  static MilestoneView of(Milestone m) {
    return new MilestoneView(m.id, m.commitmentId, m.number, m.description, m.dueDate, m.status,
        m.percentComplete, m.updates);
  }
}

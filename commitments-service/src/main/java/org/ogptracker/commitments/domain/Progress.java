package org.ogptracker.commitments.domain;

/**
 * What a progress update reports: status and percent must agree (not started is 0%, complete is
 * 100%, in progress is below 100%). A missing percent is inferred only where the status fixes it.
 */
public record Progress(MilestoneStatus status, int percentComplete) {

  /** Checks a reported status and percent; the message says what is wrong. */
  public static Progress of(MilestoneStatus status, Integer percent) {
    if (status == null) {
      throw new IllegalArgumentException("status is required");
    }
    Integer p = percent;
    if (p == null) {
      p = switch (status) {
        case NOT_STARTED -> 0;
        case COMPLETE -> 100;
        default -> throw new IllegalArgumentException("percentComplete is required when status is "
            + status.code());
      };
    }
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("percentComplete must be 0 to 100");
    }
    if (status == MilestoneStatus.NOT_STARTED && p != 0) {
      throw new IllegalArgumentException("a not_started milestone is 0% complete");
    }
    if (status == MilestoneStatus.COMPLETE && p != 100) {
      throw new IllegalArgumentException("a complete milestone is 100% complete");
    }
    if (status == MilestoneStatus.IN_PROGRESS && p == 100) {
      throw new IllegalArgumentException("a milestone at 100% is complete, not in_progress");
    }
    return new Progress(status, p);
  }
}

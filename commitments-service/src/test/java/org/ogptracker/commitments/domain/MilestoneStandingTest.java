package org.ogptracker.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What updates do to a milestone: the one rule a live report and an import both follow. */
class MilestoneStandingTest {
  @Test
  void each_update_leaves_it_where_it_says_one_more_update_and_one_version_on() {
    Milestone.Standing s = new Milestone.Standing(MilestoneStatus.NOT_STARTED, 0, 0, 0);
    s = s.after(Progress.of(MilestoneStatus.IN_PROGRESS, 40))
        .after(Progress.of(MilestoneStatus.COMPLETE, null));
    assertEquals(new Milestone.Standing(MilestoneStatus.COMPLETE, 100, 2, 2), s);
  }
}

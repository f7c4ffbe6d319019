package org.ogptracker.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

  @Test
  void a_live_report_moves_the_entity_as_the_rule_says() {
    Instant at = Instant.parse("2025-03-10T12:00:00Z");
    Milestone m = Milestone.of("ALB0001", 1, "Publish", LocalDate.of(2026, 1, 1), at);
    Milestone.Standing expected = m.standing().after(Progress.of(MilestoneStatus.IN_PROGRESS, 30));
    m.report(Progress.of(MilestoneStatus.IN_PROGRESS, 30), "note", List.of(), "gov", at);
    // (the version is JPA's to move on, at flush: one per report, as the rule says)
    assertEquals(new Milestone.Standing(expected.status(), expected.percentComplete(),
        expected.updates(), m.version), m.standing());
    assertEquals(m.version + 1, expected.version());
  }
}

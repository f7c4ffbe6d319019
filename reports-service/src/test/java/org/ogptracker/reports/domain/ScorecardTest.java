package org.ogptracker.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogptracker.reports.domain.Scales.Completion;
import org.ogptracker.reports.domain.Scorecard.MilestoneState;
import org.ogptracker.reports.domain.Scorecard.Sourced;

class ScorecardTest {
  static MilestoneState m(String status, int percent) {
    return new MilestoneState(MilestoneStatus.fromCode(status), percent);
  }

  @Test
  void milestones_add_up_to_a_completion() {
    assertNull(Scorecard.fromMilestones(List.of()));
    assertEquals(Completion.WITHDRAWN, Scorecard.fromMilestones(List.of(m("withdrawn", 0))));
    assertEquals(Completion.COMPLETE, Scorecard.fromMilestones(
        List.of(m("complete", 100), m("withdrawn", 10))));
    assertEquals(Completion.SUBSTANTIAL, Scorecard.fromMilestones(
        List.of(m("complete", 100), m("not_started", 0))));
    assertEquals(Completion.LIMITED, Scorecard.fromMilestones(
        List.of(m("in_progress", 10), m("not_started", 0))));
    assertEquals(Completion.NOT_STARTED, Scorecard.fromMilestones(List.of(m("not_started", 0))));
  }

  @Test
  void only_values_on_both_sides_can_disagree() {
    Sourced irmLimited = new Sourced(Indicator.of(Completion.LIMITED), "AP_X01-RR-v1");
    Sourced irmNoData = new Sourced(Indicator.missing(Sentinel.NO_DATA), "AP_X01-APR-v1");
    Sourced selfComplete = new Sourced(Indicator.of(Completion.COMPLETE), "AP_X01-SAE-v1");
    var found = Scorecard.disagreements(Completion.COMPLETE,
        Map.of(Stage.END_OF_TERM, selfComplete),
        Map.of(Stage.MIDTERM, irmNoData, Stage.END_OF_TERM, irmLimited));
    assertEquals(2, found.size());
    assertEquals("AP_X01-SAE-v1", found.get(0).governmentSource());
    assertEquals(Scorecard.MILESTONES, found.get(1).governmentSource());
    assertEquals(Stage.END_OF_TERM, found.get(1).stage());
    // the IRM's mid-term view is no data: nothing to compare the milestones with
    assertEquals(List.of(), Scorecard.disagreements(Completion.COMPLETE, Map.of(),
        Map.of(Stage.MIDTERM, irmNoData)));
    assertEquals(List.of(), Scorecard.disagreements(Completion.LIMITED, Map.of(),
        Map.of(Stage.END_OF_TERM, irmLimited)));
  }
}

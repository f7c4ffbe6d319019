package org.ogptracker.pages.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ogptracker.pages.api.CommitmentsApi;
import org.ogptracker.pages.api.ReportsApi;
import org.ogptracker.pages.charts.BarChart;

/** A plan's completion by grand challenge: from milestones, else from the IRM's rating. */
class PlanCompletionTest {
  static CommitmentsApi.Commitment commitment(String challenge) {
    return new CommitmentsApi.Commitment("AL0050", "AP_ALB03", "ALB", "t", null, null, null,
        null, null, List.of(challenge), List.of(), List.of(), null);
  }

  static CommitmentsApi.Milestone milestone(int percent) {
    return new CommitmentsApi.Milestone("AL0050.1", "AL0050", 1, "m", null, "in_progress",
        percent, 1);
  }

  static ReportsApi.IrmRecord irm(String midterm, String endOfTerm) {
    return new ReportsApi.IrmRecord("AL0050", "AP_ALB03", null, null, null,
        midterm == null ? null : new ReportsApi.Indicator(midterm, midterm),
        endOfTerm == null ? null : new ReportsApi.Indicator(endOfTerm, endOfTerm), null, null,
        null);
  }

  static PlanPage.Row row(String challenge, List<CommitmentsApi.Milestone> milestones,
      ReportsApi.IrmRecord irm) {
    return new PlanPage.Row(commitment(challenge), milestones, irm, List.of());
  }

  @Test
  void milestones_first_then_the_irm_at_the_end_of_term_then_at_mid_term() {
    assertEquals(OptionalInt.of(50), row("x", List.of(milestone(40), milestone(60)),
        irm("complete", "complete")).completion());
    assertEquals(OptionalInt.of(100), row("x", List.of(), irm("limited", "complete"))
        .completion());
    assertEquals(OptionalInt.of(67), row("x", List.of(), irm("substantial", "no_data"))
        .completion());
    assertEquals(OptionalInt.empty(), row("x", List.of(), irm("no_data", null)).completion());
    assertEquals(OptionalInt.empty(), row("x", List.of(), null).completion());
  }

  @Test
  void each_challenge_averages_the_commitments_whose_completion_is_known() {
    BarChart chart = PlanPage.byChallenge(List.of(
        row("increasing_public_integrity", List.of(milestone(20)), null),
        row("increasing_public_integrity", List.of(), irm("complete", null)),
        row("increasing_public_integrity", List.of(), null),
        row("improving_public_services", List.of(), irm("not_started", null))),
        new Texts(Language.EN));
    assertEquals(List.of("Improving public services", "Increasing public integrity"),
        chart.rows().stream().map(r -> r.bar().label()).toList());
    assertEquals(List.of("0% (1 commitment)", "60% (2 commitments)"),
        chart.rows().stream().map(r -> r.bar().shown()).toList());
  }
}

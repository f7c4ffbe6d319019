package org.ogptracker.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessDeadlinesTest {
  @Test
  void review_four_months_after_submission_and_end_of_term_four_months_after_the_end() {
    Map<DeadlineKind, LocalDate> due =
        ProcessDeadlines.of(LocalDate.of(2024, 1, 15), "2026", PlanStatus.SUBMITTED);
    assertEquals(LocalDate.of(2024, 5, 15), due.get(DeadlineKind.IRM_REVIEW));
    assertEquals(LocalDate.of(2027, 4, 30), due.get(DeadlineKind.END_OF_TERM_SELF_ASSESSMENT));
    assertEquals(LocalDate.of(2027, 4, 30), due.get(DeadlineKind.IRM_RESULTS_REPORT));
  }

  @Test
  void a_dated_end_counts_from_that_day() {
    assertEquals(LocalDate.of(2026, 10, 30), ProcessDeadlines.of(null, "2026-06-30", PlanStatus.DRAFT)
        .get(DeadlineKind.END_OF_TERM_SELF_ASSESSMENT));
  }

  @Test
  void no_review_deadline_before_submission_and_none_for_a_withdrawn_plan() {
    assertEquals(2, ProcessDeadlines.of(null, "2026", PlanStatus.DRAFT).size());
    assertEquals(0,
        ProcessDeadlines.of(LocalDate.of(2024, 1, 15), "2026", PlanStatus.WITHDRAWN).size());
  }

  @ParameterizedTest(name = "due {0}, met {1}, today {2} -> {3}")
  @CsvSource(nullValues = "-", value = {
      "2025-04-30,-,2025-04-30,DUE", "2025-04-30,-,2025-05-01,MISSED",
      "2025-04-30,2025-04-30,2025-09-01,MET", "2025-04-30,2025-05-02,2025-09-01,MISSED",
      "2025-04-30,2025-01-01,2025-01-02,MET"})
  void a_deadline_is_due_until_its_day_then_met_or_missed(LocalDate due, LocalDate met,
      LocalDate today, DeadlineState want) {
    assertEquals(want, ProcessDeadlines.state(due, met, today));
  }
}

package org.ogptracker.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanStatusTest {
  static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "DRAFT,SUBMITTED,true", "DRAFT,WITHDRAWN,true", "DRAFT,IN_IMPLEMENTATION,false",
      "DRAFT,COMPLETED,false", "SUBMITTED,IN_IMPLEMENTATION,true", "SUBMITTED,WITHDRAWN,true",
      "SUBMITTED,DRAFT,false", "IN_IMPLEMENTATION,COMPLETED,true",
      "IN_IMPLEMENTATION,WITHDRAWN,true", "IN_IMPLEMENTATION,SUBMITTED,false",
      "COMPLETED,WITHDRAWN,false", "COMPLETED,IN_IMPLEMENTATION,false",
      "WITHDRAWN,DRAFT,false", "SUBMITTED,SUBMITTED,false"})
  void moves_only_along_the_plan_life(PlanStatus from, PlanStatus to, boolean allowed) {
    ActionPlan p = ActionPlan.draft("ALB", 3, new Period("2024", "2026"), NOW);
    p.status = from;
    if (allowed) {
      p.moveTo(to, NOW);
      assertEquals(to, p.status);
    } else {
      assertThrows(IllegalStateException.class, () -> p.moveTo(to, NOW));
      assertEquals(from, p.status);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"DRAFT,true", "SUBMITTED,true", "IN_IMPLEMENTATION,true", "COMPLETED,true",
      "WITHDRAWN,false"})
  void only_a_withdrawn_plan_takes_no_progress(PlanStatus status, boolean takes) {
    assertEquals(takes, status.takesProgress());
  }

  @Test
  void submitting_records_the_day() {
    ActionPlan p = ActionPlan.draft("ALB", 3, new Period("2024", "2026"), NOW);
    p.moveTo(PlanStatus.SUBMITTED, NOW);
    assertEquals(LocalDate.of(2025, 3, 10), p.submittedOn);
    assertEquals("AP_ALB03", p.id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2026|2024", "2024|2031", "2010|2012", "24|26", "2024-13-01|2026",
      "2024-07-01|2024-06-30"})
  void a_period_must_be_sane(String start, String end) {
    assertThrows(IllegalArgumentException.class, () -> new Period(start, end));
  }
}

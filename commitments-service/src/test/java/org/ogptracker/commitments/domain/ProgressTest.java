package org.ogptracker.commitments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {
  @ParameterizedTest(name = "{0} {1}% -> {2}")
  @CsvSource(nullValues = "null", value = {
      "NOT_STARTED,null,0", "NOT_STARTED,0,0", "COMPLETE,null,100", "COMPLETE,100,100",
      "IN_PROGRESS,40,40", "IN_PROGRESS,0,0", "WITHDRAWN,30,30"})
  void status_and_percent_agree(MilestoneStatus status, Integer percent, int want) {
    assertEquals(want, Progress.of(status, percent).percentComplete());
  }

  @ParameterizedTest(name = "{0} {1}% is refused")
  @CsvSource(nullValues = "null", value = {
      "NOT_STARTED,10", "COMPLETE,90", "IN_PROGRESS,100", "IN_PROGRESS,null", "WITHDRAWN,null",
      "IN_PROGRESS,-1", "IN_PROGRESS,101"})
  void disagreeing_status_and_percent_are_refused(MilestoneStatus status, Integer percent) {
    assertThrows(IllegalArgumentException.class, () -> Progress.of(status, percent));
  }
}

package org.ogptracker.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogptracker.platform.problem.ProblemException;

class EtagsTest {
  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"\"3\"", "*", "\"1\", \"3\"", "W/\"3\", \"3\""})
  void matching_or_absent_if_match_passes(String ifMatch) {
    Etags.requireMatch(ifMatch, 3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"\"2\"|412", "\"1\", \"2\"|412", "3|400", "\"3|400",
      // If-Match compares strongly: a weak tag matches nothing (RFC 9110, 13.1.1)
      "W/\"3\"|412"})
  void stale_or_malformed_if_match_fails(String ifMatch, int status) {
    ProblemException e = assertThrows(ProblemException.class, () -> Etags.requireMatch(ifMatch, 3));
    assertEquals(status, e.problem().status());
  }
}

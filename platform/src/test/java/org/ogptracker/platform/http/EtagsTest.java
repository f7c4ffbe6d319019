package org.ogptracker.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogptracker.platform.problem.ProblemException;

class EtagsTest {
  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", "*", "\"1\", \"3\"", "W/\"3\", \"3\""})
  void a_matching_if_match_passes(String ifMatch) {
    Etags.requireMatch(ifMatch, 3);
    Etags.requireMatchIfSent(ifMatch, 3);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void a_change_without_if_match_is_428(String ifMatch) {
    assertStatus(428, () -> Etags.requireMatch(ifMatch, 3));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void a_guarded_step_may_leave_if_match_out(String ifMatch) {
    Etags.requireMatchIfSent(ifMatch, 3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"\"2\"|412", "\"1\", \"2\"|412", "3|400", "\"3|400",
      // If-Match compares strongly: a weak tag matches nothing (RFC 9110, 13.1.1)
      "W/\"3\"|412"})
  void stale_or_malformed_if_match_fails(String ifMatch, int status) {
    assertStatus(status, () -> Etags.requireMatch(ifMatch, 3));
    assertStatus(status, () -> Etags.requireMatchIfSent(ifMatch, 3));
  }

  @Test
  void a_put_creates_without_a_precondition_or_with_if_none_match_star() {
    Etags.requireForPut(null, null, null);
    Etags.requireForPut(null, "*", null);
  }

  @Test
  void a_put_naming_a_version_of_what_does_not_exist_is_412() {
    assertStatus(412, () -> Etags.requireForPut("\"0\"", null, null));
  }

  @Test
  void a_put_replacing_needs_if_match_like_any_change() {
    assertStatus(428, () -> Etags.requireForPut(null, null, 3L));
    assertStatus(412, () -> Etags.requireForPut("\"2\"", null, 3L));
    Etags.requireForPut("\"3\"", null, 3L);
  }

  @Test
  void a_put_meant_to_create_fails_once_another_created_it() {
    assertStatus(412, () -> Etags.requireForPut(null, "*", 0L));
    assertStatus(412, () -> Etags.requireForPut("\"0\"", "*", 0L));
  }

  private static void assertStatus(int status, Executable check) {
    ProblemException e = assertThrows(ProblemException.class, check);
    assertEquals(status, e.problem().status());
  }
}

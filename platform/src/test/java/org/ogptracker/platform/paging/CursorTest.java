package org.ogptracker.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogptracker.platform.problem.ProblemException;

class CursorTest {
  @Test
  void round_trips_a_sort_key_with_any_characters() {
    List<String> key = List.of("2024-01-01", "AL0050", "ünïcode, commas; and \"quotes\"");
    assertEquals(key, Cursor.decode(Cursor.encode(key)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not base64!", "'; drop table member; --", "AAAA", "../../etc/passwd", "%00"})
  void tampered_cursor_is_a_400_problem(String cursor) {
    ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode(cursor));
    assertEquals(400, e.problem().status());
    assertEquals("cursor", e.problem().errors().get(0).field());
  }

  @Test
  void cursor_of_another_list_shape_is_rejected() {
    String twoParts = Cursor.encode(List.of("a", "b"));
    assertThrows(ProblemException.class, () -> Cursor.decode(twoParts, 1));
  }

  @Test
  void oversized_cursor_is_rejected_before_decoding() {
    assertThrows(ProblemException.class, () -> Cursor.decode("A".repeat(5000)));
  }
}

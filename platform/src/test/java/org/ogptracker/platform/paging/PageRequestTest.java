package org.ogptracker.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogptracker.platform.problem.ProblemException;

class PageRequestTest {
  @Test
  void defaults_to_fifty_from_the_start() {
    PageRequest r = PageRequest.of(null, null);
    assertEquals(50, r.limit());
    assertNull(r.after(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "201", "99999999999", "ten", "1.5"})
  void limit_outside_1_to_200_is_a_400(String limit) {
    ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(limit, null));
    assertEquals("limit", e.problem().errors().get(0).field());
  }

  @Test
  void one_row_more_than_the_limit_gives_a_next_link_from_the_last_item() {
    PageRequest r = PageRequest.of("2", null);
    Page<String> page = r.page(List.of("ALB", "ARG", "ARM"), s -> List.of(s), c -> "/x?cursor=" + c);
    assertEquals(List.of("ALB", "ARG"), page.items());
    String cursor = page.next().substring("/x?cursor=".length());
    assertEquals("ARG", PageRequest.of("2", cursor).after(0));
  }

  @Test
  void a_numeric_cursor_reads_back_and_a_word_is_a_400() {
    assertEquals(7L, PageRequest.of("5", null).afterNumber(0, 7));
    assertEquals(42L, PageRequest.of("5", Cursor.encode(List.of("42"))).afterNumber(0, 7));
    PageRequest word = PageRequest.of("5", Cursor.encode(List.of("AL0050")));
    assertThrows(ProblemException.class, () -> word.afterNumber(0, 7));
  }

  @Test
  void last_page_has_no_next() {
    Page<String> page = PageRequest.of("2", null).page(List.of("ALB", "ARG"), List::of, c -> c);
    assertNull(page.next());
  }
}

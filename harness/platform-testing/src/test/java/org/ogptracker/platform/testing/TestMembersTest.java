package org.ogptracker.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestMembersTest {

  @Test
  void a_letter_hands_out_each_of_its_codes_once_and_then_says_it_has_none_left() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 26 * 26; i++) {
      String code = TestMembers.unissued('B', 3);
      assertEquals('B', code.charAt(0));
      assertFalse(code.startsWith(TestMembers.FIXED_PREFIX));
      codes.add(code);
    }
    assertEquals(26 * 26, codes.size(), "no code twice");
    assertThrows(IllegalStateException.class, () -> TestMembers.unissued('B', 3));
  }

  @Test
  void four_letter_codes_are_of_their_own_letter_and_never_repeat() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      codes.add(TestMembers.freshLocalCode('C'));
    }
    assertEquals(5_000, codes.size());
    assertEquals(Set.of('C'), codes.stream().map(c -> c.charAt(0)).collect(
        java.util.stream.Collectors.toSet()));
  }

  @Test
  void the_fixed_codes_letter_is_never_a_generators() {
    assertThrows(IllegalArgumentException.class, () -> TestMembers.freshLocalCode('A'));
    assertThrows(IllegalArgumentException.class, () -> TestMembers.unissued('a', 3));
  }
}

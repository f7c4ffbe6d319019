package org.ogptracker.countries.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProceduralReviewRuleTest {
  @Test
  void two_consecutive_cycles_make_a_pair_and_a_gap_does_not() {
    TreeSet<Integer> cycles = new TreeSet<>(List.of(1, 3));
    assertTrue(ProceduralReview.consecutive(cycles, 3).isEmpty());
    cycles.add(2);
    assertArrayEquals(new int[] {1, 2}, ProceduralReview.consecutive(cycles, 2).orElseThrow());
    assertArrayEquals(new int[] {4, 5},
        ProceduralReview.consecutive(new TreeSet<>(List.of(5)), 4).orElseThrow());
  }

  @Test
  void only_active_members_are_put_under_review() {
    assertTrue(ProceduralReview.applies(MemberStatus.ACTIVE));
    assertFalse(ProceduralReview.applies(MemberStatus.INACTIVE));
    assertFalse(ProceduralReview.applies(MemberStatus.UNDER_REVIEW));
  }
}

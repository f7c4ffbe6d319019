package org.ogptracker.countries.domain;

import java.util.Optional;
import java.util.SortedSet;

/**
 * OGP's procedural review: a member that acts contrary to process (misses a deadline of its own)
 * in two consecutive action plan cycles is placed under review. Only an active member moves.
 */
public final class ProceduralReview {
  private ProceduralReview() {}

  /**
   * The two consecutive cycles that put the member under review, if {@code cycle} (just missed)
   * makes a pair with another cycle in {@code contrary} (every cycle it acted contrary in).
   */
  public static Optional<int[]> consecutive(SortedSet<Integer> contrary, int cycle) {
    if (contrary.contains(cycle - 1)) {
      return Optional.of(new int[] {cycle - 1, cycle});
    }
    if (contrary.contains(cycle + 1)) {
      return Optional.of(new int[] {cycle, cycle + 1});
    }
    return Optional.empty();
  }

  /** Procedural review applies to active members; others keep their status. */
  public static boolean applies(MemberStatus status) {
    return status == MemberStatus.ACTIVE;
  }
}

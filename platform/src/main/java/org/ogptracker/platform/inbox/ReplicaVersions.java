package org.ogptracker.platform.inbox;

/**
 * The guard of every copy of another service's data: an event changes a copy only if it carries
 * a newer version of its aggregate than the copy holds, so a replayed dead letter, a reset offset
 * or a late redelivery never moves the copy back.
 */
public final class ReplicaVersions {
  private ReplicaVersions() {}

  /**
   * Whether an event of version {@code incoming} may change a copy that holds {@code held}.
   * Either is null for events from before versions were carried: those came before every
   * versioned one, so they change only a copy that has seen no versioned event.
   */
  public static boolean isNewer(Long held, Long incoming) {
    if (incoming == null) {
      return held == null;
    }
    return held == null || incoming > held;
  }
}
